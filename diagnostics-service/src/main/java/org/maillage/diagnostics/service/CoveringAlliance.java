package org.maillage.diagnostics.service;

import java.util.UUID;

/**
 * An alliance covering a fragility.
 *
 * @param match EXPLICIT when the alliance names the fragility; THEME_AND_TERRITORY when it acts on the territory
 *              (or one inside or containing it) on the fragility's theme, which is only a presumption
 */
public record CoveringAlliance(UUID allianceId, String name, String state, String match, String relation) {
}
