package org.maillage.actors.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorDraft;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ProblemException;

/**
 * Bulk upsert. Every item is checked first, then all good items are written in one transaction, which is what
 * makes a thousand items fast. An item is either written whole or not at all: if that transaction fails (two
 * imports racing for the same identifier), the good items are written again one transaction each.
 */
@ApplicationScoped
public class ActorBulk {

    private static final Logger LOG = Logger.getLogger(ActorBulk.class);

    private final ActorService service;
    private final ActorValidator validator;
    private final ActorUniqueness uniqueness;
    private final ActorRepository actors;

    public ActorBulk(ActorService service, ActorValidator validator, ActorUniqueness uniqueness, ActorRepository actors) {
        this.service = service;
        this.validator = validator;
        this.uniqueness = uniqueness;
        this.actors = actors;
    }

    public List<BulkOutcome> upsert(List<BulkItem> items) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> run(items));
        } catch (RuntimeException e) {
            LOG.infof("Bulk batch of %d failed as a whole (%s); writing its items one by one", items.size(), e.getMessage());
            return items.stream().map(item -> QuarkusTransaction.requiringNew()
                    .call(() -> run(List.of(item)).get(0))).toList();
        }
    }

    private List<BulkOutcome> run(List<BulkItem> items) {
        BatchClaims claims = new BatchClaims();
        List<BulkOutcome> outcomes = new ArrayList<>(items.size());
        for (BulkItem item : items) {
            outcomes.add(item.unreadable() != null ? BulkOutcome.failed(item.index(), item.unreadable()) : one(item, claims));
            // Written items need no more tracking: a growing persistence context would make every flush, and
            // every query (Hibernate flushes before native SQL), slower with each item.
            actors.getEntityManager().clear();
        }
        return outcomes;
    }

    private BulkOutcome one(BulkItem item, BatchClaims claims) {
        ActorDraft draft;
        Optional<UUID> existing;
        try {
            draft = validator.check(item.input());
            existing = existingOf(draft);
            uniqueness.check(draft, existing.orElse(null));
            claims.claim(draft, item.index());
        } catch (ProblemException e) {
            return BulkOutcome.failed(item.index(), e);
        }
        if (existing.isEmpty()) {
            return BulkOutcome.of(item.index(), Upserted.Outcome.CREATED, service.registerChecked(draft));
        }
        Actor actor = actors.findById(existing.get());
        if (actor.archived()) {
            return BulkOutcome.failed(item.index(), new ConflictException("Actor " + actor.id() + " is archived"));
        }
        long before = actor.version();
        service.updateChecked(actor, draft);
        return BulkOutcome.of(item.index(), actor.version() == before ? Upserted.Outcome.UNCHANGED
                : Upserted.Outcome.UPDATED, actor);
    }

    /** The actor an item designates: the first of its external refs, else of its identifiers, already known. */
    private Optional<UUID> existingOf(ActorDraft draft) {
        return draft.externalRefs().stream().map(actors::ownerOf).flatMap(Optional::stream).findFirst()
                .or(() -> draft.identifiers().stream().map(actors::ownerOf).flatMap(Optional::stream).findFirst());
    }
}
