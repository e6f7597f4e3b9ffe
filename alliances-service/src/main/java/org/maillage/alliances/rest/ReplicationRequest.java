package org.maillage.alliances.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Replication;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

@Schema(name = "ReplicationRequest", description = "Where to start a proven alliance again, and who leads it there")
public record ReplicationRequest(
        @Schema(description = "INSEE codes of communes, EPCI, départements or régions the new alliance acts on; none "
                + "of them a territory of the source", example = "[\"01053\"]")
        @NotEmpty @Size(max = 500) List<@NotNull @Size(max = 9) @Pattern(regexp = "[0-9][0-9AB][0-9]{0,7}") String> territories,
        @Schema(example = "Inclusion numérique — Bourg-en-Bresse",
                description = "Default: the source's name, \" — \" and the name of the first territory")
        @Size(max = Replication.MAX_NAME) String name,
        @Schema(description = "The organisation that proposes the new alliance and is its LEAD: by default the caller's "
                + "own; a partner names only its own, a caller acting for no organisation names one")
        UUID leadActorId) {

    /** A 400 problem for a name given but blank: leave it out for the default. */
    ReplicationRequest checked() {
        if (name != null && name.isBlank()) {
            throw new BadRequestException("The name is blank: leave it out for the default",
                    List.of(new FieldError("name", "Blank", "must not be blank; leave it out for the default")));
        }
        return this;
    }
}
