package org.maillage.alliances.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediatorRequest", description = "A registered actor holding no role in the alliance")
public record MediatorRequest(@Schema(example = "5b0f7a1e-9a43-4d8e-8f8e-3f3b7a0c2d11") @NotNull UUID actorId) {
}
