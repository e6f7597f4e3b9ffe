package org.maillage.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TerritoryNameTest {

    private static TerritoryReference reference;

    @BeforeAll
    static void load() {
        reference = TerritoryReference.load();
    }

    @Test
    void aCodeAloneMeansTheSmallestTerritoryWithIt() {
        assertEquals(new TerritoryKey(TerritoryLevel.DEPARTEMENT, "93"), reference.resolve("93").orElseThrow().key());
        assertEquals(new TerritoryKey(TerritoryLevel.DEPARTEMENT, "2A"), reference.resolve(" 2a ").orElseThrow().key());
        assertEquals(new TerritoryKey(TerritoryLevel.COMMUNE, "75056"), reference.resolve("75056").orElseThrow().key());
    }

    @Test
    void aLevelNamesAnotherOne() {
        assertEquals(new TerritoryKey(TerritoryLevel.REGION, "93"), reference.resolve("region:93").orElseThrow().key());
        assertEquals(new TerritoryKey(TerritoryLevel.REGION, "93"),
                reference.resolve(TerritoryName.of(TerritoryLevel.REGION, " 93")).orElseThrow().key());
    }

    @Test
    void anUnknownLevelOrCodeNamesNothing() {
        assertTrue(TerritoryName.parse("CANTON:93").isEmpty());
        assertTrue(reference.resolve("CANTON:93").isEmpty());
        assertTrue(reference.resolve("99999").isEmpty());
        assertTrue(reference.resolve("COMMUNE:93").isEmpty());
    }

    @Test
    void aScopeHoldsTheDeclaredTerritoriesThenTheirAncestorsEachOnce() {
        Territory paris = reference.find(TerritoryLevel.COMMUNE, "75056").orElseThrow();
        Territory ileDeFrance = reference.find(TerritoryLevel.REGION, "11").orElseThrow();

        List<TerritoryInScope> scope = TerritoryInScope.withAncestors(List.of(paris, ileDeFrance));

        assertEquals(new TerritoryInScope(paris.key(), true), scope.get(0));
        assertEquals(new TerritoryInScope(ileDeFrance.key(), true), scope.get(1));
        assertEquals(scope.size(), scope.stream().map(TerritoryInScope::key).distinct().count());
        assertTrue(scope.stream().anyMatch(t -> !t.declared() && t.level() == TerritoryLevel.DEPARTEMENT
                && t.code().equals("75")));
        assertTrue(scope.stream().noneMatch(t -> !t.declared() && t.key().equals(ileDeFrance.key())),
                "a declared territory is never also an ancestor");
    }
}
