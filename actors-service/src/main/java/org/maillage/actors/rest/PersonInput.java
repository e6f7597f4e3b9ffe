package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.Competencies;
import org.maillage.actors.domain.PersonDraft;
import org.maillage.actors.domain.Profession;

/** A person as a client writes it: body of POST and PUT, document of a merge patch. */
@Schema(name = "PersonInput", description = "A person of an organisation. Email and phone are kept only with contactConsent")
public record PersonInput(
        @Schema(example = "Camille Martin") @NotBlank @Size(max = 200) String name,
        @Schema(example = "camille.martin@amberieu-solidarites.fr") @Email @Size(max = 320) String email,
        @Schema(example = "+33612345678") @Pattern(regexp = "\\+?[0-9][0-9 .-]{5,20}", message = "must be a phone number") @Size(max = 22) String phone,
        @Schema(example = "Directrice des partenariats") @Size(max = 200) String jobTitle,
        @Schema(example = "[\"STRATEGIC_PARTNERSHIP_DIRECTOR\"]") @Size(max = 4) Set<@NotNull Profession> professions,
        @Valid Competencies competencies,
        @Schema(description = "The person agreed that their email and phone be kept and shared through this API; "
                + "false (the default) clears them") Boolean contactConsent) {

    /** The person as the service takes it; no professions is none, no consent is false. */
    public PersonDraft toDraft() {
        return new PersonDraft(name, email, phone, jobTitle, professions == null ? Set.of() : professions, competencies,
                Boolean.TRUE.equals(contactConsent));
    }

    /** The document a merge patch edits. */
    public static PersonInput of(PersonDraft person) {
        return new PersonInput(person.name(), person.email(), person.phone(), person.jobTitle(), person.professions(),
                person.competencies(), person.contactConsent());
    }
}
