package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.maillage.alliances.domain.KnownPerson;
import org.maillage.alliances.repository.KnownPersonRepository;

/**
 * Applies person events to the projection in the consumer's transaction. Every event carries the person's
 * whole state and version, so any of added/updated/removed/erased creates the row if missing, and an event
 * older than the row (out of order, replayed) changes nothing.
 */
@ApplicationScoped
public class KnownPeople {

    private final KnownPersonRepository repository;

    public KnownPeople(KnownPersonRepository repository) {
        this.repository = repository;
    }

    /**
     * @param mediates the person holds the mediator profession
     * @param gone     the person was removed or erased
     * @param at       when the event says it changed, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(UUID personId, UUID actorId, boolean mediates, boolean gone, long version, Instant at) {
        if (personId == null || actorId == null) {
            return;
        }
        KnownPerson known = repository.findByIdOptional(personId).orElse(null);
        KnownPerson person = known == null ? new KnownPerson(personId) : known;
        person.apply(actorId, mediates, gone, version, at == null ? Instant.now() : at);
        if (known == null) {
            repository.persist(person);
        }
    }
}
