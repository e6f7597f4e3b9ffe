package org.maillage.actors.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignReferenceSystemRequest")
public record AssignReferenceSystemRequest(
        @Schema(description = "The organisation (an actor of the registry) the system belongs to", required = true)
        @NotNull UUID organisationId) {
}
