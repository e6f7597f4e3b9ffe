package org.maillage.alliances.domain;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitmentTotal", description = "Pledged and delivered amounts of one kind and unit, confirmed "
        + "commitments only (proposed, declined and withdrawn excluded)")
public record CommitmentTotal(
        @Schema(example = "FINANCIAL") CommitmentKind kind,
        @Schema(example = "EUR", maxLength = 40) String unit,
        @Schema(description = "Everything pledged, delivered or not", example = "50000", minimum = "0",
                maximum = Commitment.MAX_TOTAL) BigDecimal pledged,
        @Schema(example = "20000", minimum = "0", maximum = Commitment.MAX_TOTAL) BigDecimal delivered,
        @Schema(description = "Number of commitments counted", example = "3", minimum = "0",
                maximum = "" + Alliance.MAX_COMMITMENTS) int count) {
}
