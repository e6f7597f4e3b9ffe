package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.maillage.alliances.config.AttentionConfig;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceFilter;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.repository.AllianceSearch;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.persistence.DatabaseClock;

/** Listing alliances; needsAttention uses the same thresholds as the status. */
@ApplicationScoped
public class AllianceQueries {

    private final AllianceSearch search;
    private final AttentionConfig attention;

    public AllianceQueries(AllianceSearch search, AttentionConfig attention) {
        this.search = search;
        this.attention = attention;
    }

    public AttentionConfig attention() {
        return attention;
    }

    @Transactional
    public List<Alliance> page(AllianceFilter filter, PageRequest page) {
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        return search.page(filter, after, page.fetchSize(), DatabaseClock.now());
    }

    public Map<AllianceState, Long> countsByState(AllianceFilter filter) {
        return search.countsByState(filter, DatabaseClock.now());
    }
}
