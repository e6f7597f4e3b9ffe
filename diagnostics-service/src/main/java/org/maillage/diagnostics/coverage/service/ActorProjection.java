package org.maillage.diagnostics.coverage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.maillage.diagnostics.coverage.domain.KnownActor;
import org.maillage.diagnostics.coverage.domain.KnownPerson;
import org.maillage.diagnostics.coverage.repository.KnownActorRepository;
import org.maillage.diagnostics.coverage.repository.KnownPersonRepository;

/**
 * What this service knows of the registry's actors, kept from their events and their people's. An event that
 * arrives before the actor's registration creates the actor with what it carries.
 */
@ApplicationScoped
public class ActorProjection {

    private final KnownActorRepository actors;
    private final KnownPersonRepository people;

    public ActorProjection(KnownActorRepository actors, KnownPersonRepository people) {
        this.actors = actors;
        this.people = people;
    }

    @Transactional
    public void update(UUID actorId, Consumer<KnownActor> change) {
        change.accept(findOrCreate(actorId));
    }

    /**
     * A person of an actor changed: an event older than the one applied to the person (by version) changes
     * nothing, so a late update cannot bring back a removed or erased person. The actor's professions are the
     * union of its current people's, the actor a person left included.
     */
    @Transactional
    public void personChanged(UUID personId, UUID actorId, List<String> professions, boolean gone, Long version) {
        KnownPerson person = people.findByIdOptional(personId).orElse(null);
        if (person != null && person.alreadyApplied(version)) {
            return;
        }
        boolean created = person == null;
        if (created) {
            person = new KnownPerson(personId);
        }
        UUID previousActor = person.actorId();
        person.apply(actorId, professions, gone, version);
        if (created) {
            people.persist(person);
        }
        people.flush();
        refreshProfessions(actorId);
        if (previousActor != null && !previousActor.equals(actorId)) {
            refreshProfessions(previousActor);
        }
    }

    private void refreshProfessions(UUID actorId) {
        findOrCreate(actorId).professions(people.professionsOf(actorId));
    }

    private KnownActor findOrCreate(UUID actorId) {
        return actors.findByIdOptional(actorId).orElseGet(() -> {
            KnownActor created = new KnownActor(actorId);
            actors.persist(created);
            return created;
        });
    }
}
