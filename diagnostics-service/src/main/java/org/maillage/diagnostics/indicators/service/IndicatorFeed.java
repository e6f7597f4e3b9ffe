package org.maillage.diagnostics.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.ChangeFeed;
import org.maillage.commons.sync.Checkpoint;
import org.maillage.commons.sync.SyncPage;
import org.maillage.diagnostics.indicators.repository.IndicatorChanges;
import org.maillage.diagnostics.indicators.repository.IndicatorRepository;

/**
 * The indicators' change feed, keyed by code: the indicators of the catalogue and, for a code whose indicator was
 * deleted, its tombstone. A code created again is an indicator again.
 */
@ApplicationScoped
public class IndicatorFeed {

    /** The feed's name, as the migration's trigger writes it. */
    public static final String FEED = "indicators";

    private final ChangeFeed feed;
    private final IndicatorRepository indicators;
    private final IndicatorChanges changes;

    public IndicatorFeed(ChangeFeed feed, IndicatorRepository indicators, IndicatorChanges changes) {
        this.feed = feed;
        this.indicators = indicators;
        this.changes = changes;
    }

    @Transactional
    public SyncPage<IndicatorEntry> changes(String checkpoint, PageRequest page) {
        return feed.page(Checkpoint.decode(FEED, checkpoint), page, this::load);
    }

    private Map<String, IndicatorEntry> load(List<String> codes) {
        Map<String, IndicatorEntry> entries = new HashMap<>();
        changes.tombstones(codes).forEach(t -> entries.put(t.code(), new IndicatorEntry(t.code(), t.theme(), t.at(), null)));
        indicators.list("code in ?1", codes).forEach(i -> entries.put(i.code(),
                new IndicatorEntry(i.code(), i.theme(), i.updatedAt(), i)));
        return entries;
    }
}
