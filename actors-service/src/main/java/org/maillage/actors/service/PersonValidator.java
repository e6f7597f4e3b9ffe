package org.maillage.actors.service;

import java.util.ArrayList;
import java.util.List;
import org.maillage.actors.domain.PersonDraft;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/** Rules of a person beyond bean validation: weights summing to 100, contact data only with consent. */
final class PersonValidator {

    private PersonValidator() {
    }

    static PersonDraft check(PersonDraft input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.competencies() != null && !input.competencies().sumsTo100()) {
            errors.add(new FieldError("competencies", "SumNot100",
                    "operational, strategic and political must sum to 100"));
        }
        if (!input.contactConsent() && !(blank(input.email()) && blank(input.phone()))) {
            errors.add(new FieldError(blank(input.email()) ? "phone" : "email", "ConsentRequired",
                    "is kept only when contactConsent is true"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The person has invalid fields", errors);
        }
        return new PersonDraft(input.name(), strip(input.email()), strip(input.phone()), strip(input.jobTitle()),
                input.professions(), input.competencies(), input.contactConsent());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
