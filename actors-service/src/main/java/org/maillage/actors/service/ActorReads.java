package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.maillage.actors.domain.ActorView;
import org.maillage.actors.domain.ActorFilter;
import org.maillage.actors.repository.ActorViews;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.ChangeFeed;
import org.maillage.commons.sync.SyncPage;
import org.maillage.commons.sync.Checkpoint;

/** Actors read to be shown: never managed, so never written back. Changes go through {@link ActorService}. */
@ApplicationScoped
public class ActorReads {

    /** The actors' change feed, as the migration's trigger names it. */
    public static final String FEED = "actors";

    private final ActorViews views;
    private final ChangeFeed feed;

    public ActorReads(ActorViews views, ChangeFeed feed) {
        this.views = views;
        this.feed = feed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActorView get(UUID id) {
        return views.byId(id).orElseThrow(() -> new ResourceNotFoundException("Actor", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActorView> page(ActorFilter filter, PageRequest page) {
        return views.page(filter, page);
    }

    /** Actors changed after the checkpoint, archived and merged ones included (they are the tombstones). */
    @Transactional
    public SyncPage<ActorView> changes(String token, PageRequest page) {
        return feed.page(Checkpoint.decode(FEED, token), page, views::byIds);
    }
}
