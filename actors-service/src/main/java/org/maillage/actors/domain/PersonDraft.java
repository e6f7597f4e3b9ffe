package org.maillage.actors.domain;

import java.util.Set;

/** What a client sets on a person; PersonValidator checks and normalises it before it is applied. */
public record PersonDraft(String name, String email, String phone, String jobTitle, Set<Profession> professions,
                          Competencies competencies, boolean contactConsent) {

    /** The writable state of a stored person, what a merge patch edits. */
    public static PersonDraft of(Person person) {
        return new PersonDraft(person.name(), person.email(), person.phone(), person.jobTitle(), person.professions(),
                person.competencies(), person.contactConsent());
    }
}
