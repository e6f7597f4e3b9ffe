package org.maillage.actors.domain;

import java.util.Set;

/** What a client sets on a person, checked. */
public record PersonDraft(String name, String email, String phone, String jobTitle, Set<Profession> professions,
                          Competencies competencies, boolean contactConsent) {
}
