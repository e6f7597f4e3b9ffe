package org.maillage.alliances.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

@Schema(name = "MediatorRequest", description = "Exactly one of actorId (a registered actor holding no role in the "
        + "alliance) or personId (a person of such an actor, with the INTER_ORGANISATION_MEDIATOR profession)")
public record MediatorRequest(
        @Schema(example = "5b0f7a1e-9a43-4d8e-8f8e-3f3b7a0c2d11") UUID actorId,
        @Schema(example = "0d6c1f8e-2b7a-4c1e-9d3f-6a5b4c3d2e1f") UUID personId) {

    /** A 400 problem unless exactly one of actorId and personId is given. */
    MediatorRequest checked() {
        if ((actorId == null) == (personId == null)) {
            throw new BadRequestException("Give exactly one of actorId or personId",
                    List.of(new FieldError(actorId == null ? "actorId" : "personId", "ExactlyOne",
                            "give exactly one of actorId or personId")));
        }
        return this;
    }
}
