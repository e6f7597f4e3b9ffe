package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The id of an actor in a partner's system (CRM); unique per system across the registry. */
@Embeddable
@Schema(name = "ExternalRef", description = "Id of the actor in another system; the pair is unique")
public record ExternalRef(
        @Schema(example = "civicrm-bugey") @NotBlank @Size(max = 100)
        @Column(name = "system", nullable = false) String system,
        @Schema(example = "contact-1842") @NotBlank @Size(max = 200)
        @Column(name = "external_id", nullable = false) String id) {
}
