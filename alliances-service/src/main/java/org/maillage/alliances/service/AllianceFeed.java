package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.repository.AllianceRepository;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.ChangeFeed;
import org.maillage.commons.sync.Checkpoint;
import org.maillage.commons.sync.SyncPage;

/**
 * The alliances' change feed: every alliance, as getAlliance shows it to any reader, archived ones as their
 * tombstones (reading needs alliances:read and nothing more, as for the list).
 */
@ApplicationScoped
public class AllianceFeed {

    /** The feed's name, as the migration's trigger writes it. */
    public static final String FEED = "alliances";

    private final ChangeFeed feed;
    private final AllianceRepository alliances;

    public AllianceFeed(ChangeFeed feed, AllianceRepository alliances) {
        this.feed = feed;
        this.alliances = alliances;
    }

    @Transactional
    public SyncPage<Alliance> changes(String checkpoint, PageRequest page) {
        return feed.page(Checkpoint.decode(FEED, checkpoint), page, alliances::byIds);
    }
}
