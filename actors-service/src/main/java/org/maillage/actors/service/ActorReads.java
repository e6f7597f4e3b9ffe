package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.maillage.actors.domain.ActorView;
import org.maillage.actors.repository.ActorFilter;
import org.maillage.actors.repository.ActorViews;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.paging.PageRequest;

/** Actors read to be shown: never managed, so never written back. Changes go through {@link ActorService}. */
@ApplicationScoped
public class ActorReads {

    private final ActorViews views;

    public ActorReads(ActorViews views) {
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActorView get(UUID id) {
        return views.byId(id).orElseThrow(() -> new ResourceNotFoundException("Actor", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActorView> page(ActorFilter filter, PageRequest page) {
        return views.page(filter, page);
    }
}
