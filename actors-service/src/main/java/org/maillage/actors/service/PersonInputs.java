package org.maillage.actors.service;

import org.maillage.actors.domain.Person;

/** The writable view of a stored person, for merge patches. */
final class PersonInputs {

    private PersonInputs() {
    }

    static PersonInput of(Person person) {
        return new PersonInput(person.name(), person.email(), person.phone(), person.jobTitle(), person.professions(),
                person.competencies(), person.contactConsent());
    }
}
