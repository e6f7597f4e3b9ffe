package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.maillage.alliances.domain.TimelineEntry;
import org.maillage.alliances.repository.TimelineRepository;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;

@ApplicationScoped
public class TimelineService {

    private final AllianceStore store;
    private final TimelineRepository timeline;

    public TimelineService(AllianceStore store, TimelineRepository timeline) {
        this.store = store;
        this.timeline = timeline;
    }

    @Transactional
    public List<TimelineEntry> page(UUID allianceId, PageRequest page) {
        store.find(allianceId);
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        return timeline.page(allianceId, after, page.fetchSize());
    }
}
