package org.maillage.diagnostics.territories.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.maillage.territory.TerritoryReference;

/** The contract states bounds of territory names, codes and parents: the shipped reference must respect them. */
class TerritoryBoundsTest {

    @Test
    void everyTerritoryOfTheReferenceFitsTheStatedBounds() {
        for (var t : TerritoryReference.load().all()) {
            assertTrue(t.name().length() <= Territory.MAX_NAME_LENGTH, () -> "name too long: " + t.name());
            assertTrue(t.code().length() <= Territory.MAX_CODE_LENGTH, () -> "code too long: " + t.code());
            assertTrue(t.parents().size() <= 4, () -> "too many parents: " + t.code());
        }
    }
}
