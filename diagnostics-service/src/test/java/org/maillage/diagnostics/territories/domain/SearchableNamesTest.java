package org.maillage.diagnostics.territories.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchableNamesTest {

    @Test
    void dropsAccentsCaseAndPunctuation() {
        assertEquals("l ile d yeu", SearchableNames.normalise("L'Île-d'Yeu"));
        assertEquals("saint etienne du gres", SearchableNames.normalise("Saint-Étienne-du-Grès"));
        assertEquals("provence alpes cote d azur", SearchableNames.normalise("Provence-Alpes-Côte d’Azur"));
    }

    @Test
    void expandsLigatures() {
        assertEquals("oeuilly", SearchableNames.normalise("Œuilly"));
        assertEquals("laetitia", SearchableNames.normalise("Lætitia"));
    }
}
