package org.maillage.diagnostics.domain;

import org.maillage.vocabulary.Theme;
import java.util.UUID;

/** A fragility the actors of the territory chose to work on, with its Borda rank. */
public record Priority(int rank, UUID fragilityId, String title, Theme theme, int points, int firstPlaces) {
}
