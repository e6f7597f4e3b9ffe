package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.maillage.alliances.domain.KnownPerson;
import org.maillage.alliances.events.PersonChanged;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(PersonChanged event) {
        if (event.personId() == null || event.actorId() == null) {
            return;
        }
        KnownPerson known = repository.findByIdOptional(event.personId()).orElse(null);
        KnownPerson person = known == null ? new KnownPerson(event.personId()) : known;
        person.apply(event.actorId(), event.holdsMediatorProfession(), event.removed() || event.erased(),
                event.version(), event.at() == null ? Instant.now() : event.at());
        if (known == null) {
            repository.persist(person);
        }
    }
}
