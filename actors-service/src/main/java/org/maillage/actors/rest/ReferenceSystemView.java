package org.maillage.actors.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.domain.ReferenceSystemClaim;

@Schema(name = "ReferenceSystem", description = "A partner's reference system and the organisation it belongs to")
public record ReferenceSystemView(
        @Schema(example = "civicrm-bugey", maxLength = 100) String system,
        @Schema(description = "The organisation whose keys write references in this system") UUID organisationId,
        @Schema(description = "When the organisation first used the system, or an admin assigned it") Instant claimedAt) {

    static ReferenceSystemView of(ReferenceSystemClaim claim) {
        return new ReferenceSystemView(claim.system(), claim.organisationId(), claim.claimedAt());
    }
}
