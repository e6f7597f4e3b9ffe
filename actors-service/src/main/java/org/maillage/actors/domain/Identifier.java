package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An official identifier of an actor; unique across the registry. */
@Embeddable
@Schema(name = "Identifier", description = "Official identifier: SIREN, SIRET (Luhn-checked), RNA (associations), "
        + "or a local authority's official code (COG_*), which must exist in the territorial reference")
public record Identifier(
        @Schema(example = "SIREN") @NotNull
        @Enumerated(EnumType.STRING) @Column(name = "scheme", nullable = false) IdentifierScheme scheme,
        @Schema(example = "732829320") @NotBlank @Size(max = 40)
        @Column(name = "value", nullable = false) String value) {
}
