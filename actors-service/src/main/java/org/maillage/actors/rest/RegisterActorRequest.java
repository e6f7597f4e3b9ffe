package org.maillage.actors.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.ActorKind;

@Schema(name = "RegisterActorRequest", description = "An organisation to register")
public record RegisterActorRequest(
        @Schema(description = "Name of the organisation", example = "Ambérieu Solidarités")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Kind of organisation; it determines the world", example = "ASSOCIATION")
        @NotNull ActorKind kind) {
}
