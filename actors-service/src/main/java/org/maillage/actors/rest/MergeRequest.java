package org.maillage.actors.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MergeRequest", description = "The actor to absorb into the one addressed")
public record MergeRequest(
        @Schema(description = "Id of the duplicate to absorb; it is archived with mergedInto set",
                example = "0b8f3c7e-3d1a-4b7e-9a55-6c1f8e2d4a10")
        @NotNull UUID absorbedId) {
}
