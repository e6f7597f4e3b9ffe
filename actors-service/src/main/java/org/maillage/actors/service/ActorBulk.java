package org.maillage.actors.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.ActorDraft;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.events.ActorEvents;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.actors.repository.NewActorRows;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ProblemException;

/**
 * Bulk upsert. Every item is checked first, against holders of identifiers and refs read for the whole batch
 * in two queries; then all good items are written in one transaction with one flush and one batch of events,
 * which is what makes a thousand items fast. An item is either written whole or not at all: if that
 * transaction fails (two imports racing for the same identifier), the items are written again one
 * transaction each.
 */
@ApplicationScoped
public class ActorBulk {

    private static final Logger LOG = Logger.getLogger(ActorBulk.class);

    private final ActorValidator validator;
    private final ActorUniqueness uniqueness;
    private final ActorRepository actors;
    private final NewActorRows newRows;
    private final Outbox outbox;
    private final ActorAccess access;
    private final ReferenceSystems systems;

    public ActorBulk(ActorValidator validator, ActorUniqueness uniqueness, ActorRepository actors, NewActorRows newRows,
                     Outbox outbox, ActorAccess access, ReferenceSystems systems) {
        this.validator = validator;
        this.uniqueness = uniqueness;
        this.actors = actors;
        this.newRows = newRows;
        this.outbox = outbox;
        this.access = access;
        this.systems = systems;
    }

    public List<BulkOutcome> upsert(List<BulkEntry> items) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> run(items));
        } catch (RuntimeException e) {
            LOG.infof("Bulk batch of %d failed as a whole (%s); writing its items one by one", items.size(), e.getMessage());
            return items.stream().map(item -> QuarkusTransaction.requiringNew()
                    .call(() -> run(List.of(item)).get(0))).toList();
        }
    }

    private List<BulkOutcome> run(List<BulkEntry> items) {
        Map<Integer, ActorDraft> drafts = new HashMap<>();
        BulkOutcome[] outcomes = new BulkOutcome[items.size()];
        for (int i = 0; i < items.size(); i++) {
            BulkEntry item = items.get(i);
            if (item.unreadable() != null) {
                outcomes[i] = BulkOutcome.failed(item.index(), item.unreadable());
                continue;
            }
            try {
                drafts.put(i, validator.check(item.proposal()));
            } catch (ProblemException e) {
                outcomes[i] = BulkOutcome.failed(item.index(), e);
            }
        }
        Holders holders = holdersOf(drafts.values());
        List<UUID> holderIds = Stream.concat(holders.identifiers().values().stream(), holders.refs().values().stream())
                .distinct().toList();
        Map<UUID, Actor> known = holderIds.isEmpty() ? Map.of() : actors.list("id in ?1", holderIds).stream()
                .collect(Collectors.toMap(Actor::id, Function.identity()));

        BatchClaims claims = new BatchClaims();
        List<Integer> creates = new ArrayList<>();
        List<Integer> updates = new ArrayList<>();
        List<Actor> targets = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ActorDraft draft = drafts.get(i);
            if (draft == null) {
                continue;
            }
            int index = items.get(i).index();
            Optional<UUID> existing = existingOf(draft, holders);
            try {
                uniqueness.check(draft, existing.orElse(null), holders);
                claims.claim(draft, index);
                if (existing.isPresent()) {
                    access.requireChange(existing.get());
                    if (known.get(existing.get()).archived()) {
                        throw new ConflictException("Actor " + existing.get() + " is archived");
                    }
                }
            } catch (ProblemException e) {
                outcomes[i] = BulkOutcome.failed(index, e);
                continue;
            }
            if (existing.isEmpty()) {
                creates.add(i);
            } else {
                updates.add(i);
                targets.add(known.get(existing.get()));
            }
        }

        List<Actor> created = register(creates.stream().map(drafts::get).toList());
        for (int n = 0; n < creates.size(); n++) {
            int i = creates.get(n);
            outcomes[i] = BulkOutcome.of(items.get(i).index(), Upserted.Outcome.CREATED, created.get(n));
        }
        Map<Actor, List<String>> changes = update(targets, updates.stream().map(drafts::get).toList());
        for (int n = 0; n < updates.size(); n++) {
            int i = updates.get(n);
            Actor actor = targets.get(n);
            outcomes[i] = BulkOutcome.of(items.get(i).index(),
                    changes.containsKey(actor) ? Upserted.Outcome.UPDATED : Upserted.Outcome.UNCHANGED, actor);
        }
        return List.of(outcomes);
    }

    /** New actors' rows, then their events, each in one batch; the actors returned are not managed (NewActorRows). */
    private List<Actor> register(List<ActorDraft> drafts) {
        List<Actor> created = drafts.stream().map(Actor::register).toList();
        newRows.insert(created);
        outbox.appendAll(created.stream().map(ActorEvents::registered).toList());
        return created;
    }

    /** Applies drafts to actors pairwise, with one flush; returns the changes, whose events carry the versions written. */
    private Map<Actor, List<String>> update(List<Actor> targets, List<ActorDraft> drafts) {
        Map<Actor, List<String>> changes = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            List<String> changed = targets.get(i).update(drafts.get(i));
            if (!changed.isEmpty()) {
                changes.put(targets.get(i), changed);
            }
        }
        actors.flush();
        outbox.appendAll(changes.entrySet().stream()
                .map(change -> ActorEvents.updated(change.getKey(), change.getValue())).toList());
        return changes;
    }

    private Holders holdersOf(Collection<ActorDraft> drafts) {
        List<ExternalRef> refs = drafts.stream().flatMap(d -> d.externalRefs().stream()).toList();
        return new Holders(actors.ownersOfIdentifiers(drafts.stream().flatMap(d -> d.identifiers().stream()).toList()),
                actors.ownersOfRefs(refs), systems.ownersOf(refs));
    }

    /** The actor an item designates: the first of its external refs, else of its identifiers, already known. */
    private static Optional<UUID> existingOf(ActorDraft draft, Holders holders) {
        return draft.externalRefs().stream().map(holders::of).flatMap(Optional::stream).findFirst()
                .or(() -> draft.identifiers().stream().map(holders::of).flatMap(Optional::stream).findFirst());
    }
}
