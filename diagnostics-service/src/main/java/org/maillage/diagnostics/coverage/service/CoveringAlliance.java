package org.maillage.diagnostics.coverage.service;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;

/**
 * An alliance covering a fragility.
 *
 * @param match EXPLICIT when the alliance names the fragility; THEME_AND_TERRITORY when it acts on the territory
 *              (or one inside or containing it) on the fragility's theme, which is only a presumption
 */
public record CoveringAlliance(UUID allianceId, @Schema(maxLength = KnownAlliance.MAX_NAME) String name,
                               @Schema(maxLength = KnownAlliance.MAX_STATE) String state,
                               @Schema(enumeration = {"EXPLICIT", "THEME_AND_TERRITORY"}) String match,
                               @Schema(enumeration = {"LOCAL", "WIDER"}) String relation) {
}
