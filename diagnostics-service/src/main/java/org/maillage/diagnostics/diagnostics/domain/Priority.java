package org.maillage.diagnostics.diagnostics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.vocabulary.Theme;
import java.util.UUID;

/** A fragility the actors of the territory chose to work on, with its Borda rank. */
public record Priority(@Schema(minimum = "1", maximum = "2147483647") int rank, UUID fragilityId,
                       @Schema(maxLength = Fragility.MAX_TITLE) String title, Theme theme,
                       @Schema(minimum = "0", maximum = "2147483647") int points,
                       @Schema(minimum = "0", maximum = "2147483647") int firstPlaces) {
}
