package org.maillage.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TerritoryReferenceTest {

    private static TerritoryReference reference;

    @BeforeAll
    static void load() {
        reference = TerritoryReference.load();
    }

    @Test
    void countsPerLevelAreThoseOfDecoupageAdministratif600() {
        Map<TerritoryLevel, Long> counts = reference.all().stream()
                .collect(Collectors.groupingBy(Territory::level, Collectors.counting()));

        assertEquals(Map.of(
                TerritoryLevel.REGION, 18L,
                TerritoryLevel.COLLECTIVITE_OUTRE_MER, 8L,
                TerritoryLevel.DEPARTEMENT, 101L,
                TerritoryLevel.EPCI, 1255L,
                TerritoryLevel.COMMUNE, 34969L), counts);
        assertEquals(34969, reference.ofLevel(TerritoryLevel.COMMUNE).size());
    }

    @Test
    void parisHasItsLegalPopulationAndParentsNearestFirst() {
        Territory paris = reference.find(TerritoryLevel.COMMUNE, "75056").orElseThrow();

        assertEquals("Paris", paris.name());
        assertEquals(2_103_778, paris.population());
        assertEquals(List.of(
                new TerritoryKey(TerritoryLevel.EPCI, "200054781"),
                new TerritoryKey(TerritoryLevel.DEPARTEMENT, "75"),
                new TerritoryKey(TerritoryLevel.REGION, "11")), paris.parents());
    }

    @Test
    void corsicanCodesResolve() {
        Territory ajaccio = reference.find(TerritoryLevel.COMMUNE, "2A004").orElseThrow();

        assertEquals("Ajaccio", ajaccio.name());
        assertEquals(76_320, ajaccio.population());
        assertEquals("2A", ajaccio.parentCode(TerritoryLevel.DEPARTEMENT).orElseThrow());
        assertEquals("94", ajaccio.parentCode(TerritoryLevel.REGION).orElseThrow());
        assertEquals("Corse-du-Sud", reference.find(TerritoryLevel.DEPARTEMENT, "2A").orElseThrow().name());
        assertEquals("Corse", reference.find(TerritoryLevel.REGION, "94").orElseThrow().name());
    }

    @Test
    void overseasDepartementCommuneResolves() {
        Territory saintDenis = reference.find(TerritoryLevel.COMMUNE, "97411").orElseThrow();

        assertEquals("Saint-Denis", saintDenis.name());
        assertEquals(155_634, saintDenis.population());
        assertEquals(List.of(
                new TerritoryKey(TerritoryLevel.EPCI, "249740119"),
                new TerritoryKey(TerritoryLevel.DEPARTEMENT, "974"),
                new TerritoryKey(TerritoryLevel.REGION, "04")), saintDenis.parents());
    }

    @Test
    void overseasCollectivityCommuneBelongsToItsCollectivityOnly() {
        Territory papeete = reference.find(TerritoryLevel.COMMUNE, "98735").orElseThrow();

        assertEquals(List.of(new TerritoryKey(TerritoryLevel.COLLECTIVITE_OUTRE_MER, "987")), papeete.parents());
        assertEquals("Polynésie française",
                reference.find(TerritoryLevel.COLLECTIVITE_OUTRE_MER, "987").orElseThrow().name());
    }

    @Test
    void islandCommuneOutsideAnyEpciStillHasDepartementAndRegion() {
        Territory ouessant = reference.find(TerritoryLevel.COMMUNE, "29155").orElseThrow();

        assertEquals(List.of(
                new TerritoryKey(TerritoryLevel.DEPARTEMENT, "29"),
                new TerritoryKey(TerritoryLevel.REGION, "53")), ouessant.parents());
    }

    @Test
    void aggregatePopulationsAreSumsOfCommunes() {
        Territory grandParis = reference.find(TerritoryLevel.EPCI, "200054781").orElseThrow();

        assertEquals("Métropole du Grand Paris", grandParis.name());
        assertEquals(7_142_540, grandParis.population());
        assertEquals(List.of(
                new TerritoryKey(TerritoryLevel.DEPARTEMENT, "75"),
                new TerritoryKey(TerritoryLevel.REGION, "11")), grandParis.parents());
        assertEquals(2_103_778, reference.find(TerritoryLevel.DEPARTEMENT, "75").orElseThrow().population());
        assertEquals(12_463_067, reference.find(TerritoryLevel.REGION, "11").orElseThrow().population());
    }

    @Test
    void sharedCodeFindsBothTheRegionAndTheDepartement() {
        Map<TerritoryLevel, String> namesByLevel = reference.findByCode("11").stream()
                .collect(Collectors.toMap(Territory::level, Territory::name));

        assertEquals(Map.of(TerritoryLevel.REGION, "Île-de-France", TerritoryLevel.DEPARTEMENT, "Aude"), namesByLevel);
    }

    @Test
    void unknownCodesFindNothing() {
        assertTrue(reference.find(TerritoryLevel.COMMUNE, "99999").isEmpty());
        assertTrue(reference.find(TerritoryLevel.REGION, "75056").isEmpty());
        assertTrue(reference.findByCode("20").isEmpty());
    }

    @Test
    void everyCommuneIsPlacedInADepartementAndRegionOrInACollectivity() {
        Map<Boolean, Long> placed = reference.ofLevel(TerritoryLevel.COMMUNE).stream()
                .collect(Collectors.partitioningBy(TerritoryReferenceTest::placed, Collectors.counting()));

        assertEquals(Map.of(true, 34969L, false, 0L), placed);
    }

    @Test
    void identifiesItsSource() {
        assertEquals("@etalab/decoupage-administratif@6.0.0", reference.source());
        assertTrue(reference.checksum().matches("[0-9a-f]{64}"), reference.checksum());
    }

    private static boolean placed(Territory commune) {
        boolean inDepartementAndRegion = commune.parentCode(TerritoryLevel.DEPARTEMENT).isPresent()
                && commune.parentCode(TerritoryLevel.REGION).isPresent();
        return inDepartementAndRegion || commune.parentCode(TerritoryLevel.COLLECTIVITE_OUTRE_MER).isPresent();
    }
}
