package org.maillage.actors.rest;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.Competencies;
import org.maillage.actors.domain.Person;
import org.maillage.actors.domain.Profession;

@Schema(name = "Person", description = "A person of an organisation. A removed person is a tombstone; an erased one "
        + "has had every personal field wiped (right to erasure)")
public record PersonResponse(
        UUID id,
        UUID actorId,
        @Schema(example = "Camille Martin", maxLength = 200) String name,
        @Schema(example = "camille.martin@amberieu-solidarites.fr", maxLength = 320, format = "email") String email,
        @Schema(example = "+33612345678", maxLength = 22, pattern = "^\\+?[0-9][0-9 .-]{5,20}$") String phone,
        @Schema(example = "Directrice des partenariats", maxLength = 200) String jobTitle,
        @Schema(maxItems = 4) Set<Profession> professions,
        Competencies competencies,
        boolean contactConsent,
        Instant consentRecordedAt,
        boolean removed,
        boolean erased,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", minimum = "0", maximum = "9223372036854775807") long version) {

    static PersonResponse of(Person p) {
        return new PersonResponse(p.id(), p.actorId(), p.name(), p.email(), p.phone(), p.jobTitle(), p.professions(),
                p.competencies(), p.contactConsent(), p.consentRecordedAt(), p.removed(), p.erased(), p.createdAt(),
                p.updatedAt(), p.version());
    }
}
