package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.domain.Person;
import org.maillage.actors.domain.PersonDraft;
import org.maillage.actors.events.PersonEvents;
import org.maillage.actors.repository.PersonRepository;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.idempotency.IdempotencyRecords;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;

/** The people of actors; every change commits with its event, which never carries personal data. */
@ApplicationScoped
public class PersonService {

    private final PersonRepository people;
    private final ActorService actors;
    private final Outbox outbox;
    private final IdempotencyRecords idempotency;
    private final ActorAccess access;

    public PersonService(PersonRepository people, ActorService actors, Outbox outbox, IdempotencyRecords idempotency,
                         ActorAccess access) {
        this.people = people;
        this.actors = actors;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.access = access;
    }

    @Transactional
    public Person add(UUID actorId, PersonDraft proposed) {
        access.requireChange(actorId);
        Actor actor = actors.get(actorId);
        if (actor.archived()) {
            throw new ConflictException("Actor " + actorId + " is archived and takes no new people");
        }
        Person person = Person.add(actorId, PersonValidator.check(proposed));
        people.persist(person);
        people.flush();
        emit(PersonEvents.ADDED, person);
        return person;
    }

    @Transactional
    public Person update(UUID actorId, UUID personId, PersonDraft proposed, String ifMatch) {
        access.requireChange(actorId);
        Person person = active(actorId, personId);
        ETags.requireMatch(ifMatch, person.version());
        change(person, proposed);
        return person;
    }

    /**
     * Edits the person's writable state (a JSON merge patch, RFC 7396, in the resource), then updates like PUT,
     * in one pass: the person is read and its version matched once.
     */
    @Transactional
    public Person patch(UUID actorId, UUID personId, UnaryOperator<PersonDraft> edit, String ifMatch) {
        Person person = active(actorId, personId);
        ETags.requireMatch(ifMatch, person.version());
        PersonDraft edited = edit.apply(PersonDraft.of(person));
        access.requireChange(actorId);
        change(person, edited);
        return person;
    }

    /** An update that changes nothing bumps nothing and emits nothing. */
    private void change(Person person, PersonDraft proposed) {
        PersonDraft draft = PersonValidator.check(proposed);
        if (draft.equals(PersonValidator.check(PersonDraft.of(person)))) {
            return;
        }
        person.apply(draft);
        people.flush();
        emit(PersonEvents.UPDATED, person);
    }

    @Transactional
    public Person remove(UUID actorId, UUID personId, String ifMatch) {
        access.requireChange(actorId);
        Person person = get(actorId, personId);
        ETags.requireMatch(ifMatch, person.version());
        if (!person.removed()) {
            person.remove();
            people.flush();
            emit(PersonEvents.REMOVED, person);
        }
        return person;
    }

    /** Right to erasure: wipes the person's data here, including recorded responses that showed it. */
    @Transactional
    public Person erase(UUID actorId, UUID personId) {
        access.requireChange(actorId);
        Person person = get(actorId, personId);
        if (!person.erased()) {
            person.erase();
            people.flush();
            idempotency.forgetResponsesContaining(personId.toString());
            emit(PersonEvents.ERASED, person);
        }
        return person;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person get(UUID actorId, UUID personId) {
        return people.findByIdOptional(personId).filter(p -> p.actorId().equals(actorId))
                .orElseThrow(() -> new ResourceNotFoundException("Person", personId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> page(UUID actorId, SyncRequest sync, PageRequest page) {
        actors.get(actorId);
        return people.page(actorId, sync, page);
    }

    private Person active(UUID actorId, UUID personId) {
        Person person = get(actorId, personId);
        if (person.removed()) {
            throw new ConflictException("Person " + personId + " was removed and can no longer change");
        }
        return person;
    }

    private void emit(String type, Person person) {
        outbox.appendAll(List.of(PersonEvents.of(type, person)));
    }
}
