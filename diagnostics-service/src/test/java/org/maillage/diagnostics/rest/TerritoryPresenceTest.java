package org.maillage.diagnostics.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.diagnostics.coverage.repository.TerritoryPresence;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.Events;
import org.maillage.diagnostics.support.Sql;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.repository.TerritoryRepository;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/**
 * The SQL selection of who is present on a territory: the territory itself, what lies inside it, what contains
 * it; nothing else, archived actors excluded; alliances naming a fragility wherever they act.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class TerritoryPresenceTest {

    @Inject
    TerritoryPresence presence;
    @Inject
    TerritoryRepository territories;
    @Inject
    DataSource dataSource;

    @Test
    void selectsTheActorsAndAlliancesOfATerritoryInSql() {
        UUID commune = Events.actorRegistered("Mairie de Tulle", "LOCAL_AUTHORITY", "PUBLIC", "\"territories\": [\"19272\"]");
        UUID departement = Events.actorRegistered("Corrèze", "LOCAL_AUTHORITY", "PUBLIC", "\"territories\": [\"DEPARTEMENT:19\"]");
        UUID region = Events.actorRegistered("Nouvelle-Aquitaine", "LOCAL_AUTHORITY", "PUBLIC", "\"territories\": [\"REGION:75\"]");
        UUID elsewhere = Events.actorRegistered("Mairie de Brest", "LOCAL_AUTHORITY", "PUBLIC", "\"territories\": [\"29019\"]");
        UUID archived = Events.actorRegistered("Ancienne asso", "ASSOCIATION", "NONPROFIT", "\"territories\": [\"19272\"]");
        Actors.awaitKnown(dataSource, commune, departement, region, elsewhere, archived);
        Events.send(Topics.ACTORS, "org.maillage.actor.archived.v1", archived.toString(),
                "{\"actorId\": \"" + archived + "\"}");
        assertTrue(Eventually.holds(() -> "t".equals(Sql.query(dataSource,
                "SELECT archived FROM known_actor WHERE id = '" + archived + "'")), Duration.ofSeconds(30)));
        UUID fragility = UUID.randomUUID();
        UUID addressing = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", addressing, """
                {"allianceId": "%s", "name": "Far away", "state": "EMERGING", "territories": ["29019"], "members": [],
                 "addressedFragilities": [{"diagnosticId": null, "fragilityId": "%s"}]}""".formatted(addressing, fragility));
        UUID inTulle = UUID.randomUUID();
        Events.alliance("org.maillage.alliance.proposed.v1", inTulle, """
                {"allianceId": "%s", "name": "Tulle", "state": "EMERGING", "territories": ["19272"], "members": []}"""
                .formatted(inTulle));
        assertTrue(Eventually.holds(() -> Sql.query(dataSource, "SELECT count(*) FROM known_alliance WHERE id IN ('"
                + addressing + "', '" + inTulle + "')").equals("2"), Duration.ofSeconds(30)));

        check(TerritoryLevel.COMMUNE, "19272", List.of(commune, departement, region), List.of(elsewhere, archived));
        check(TerritoryLevel.DEPARTEMENT, "19", List.of(commune, departement, region), List.of(elsewhere, archived));
        check(TerritoryLevel.REGION, "75", List.of(commune, departement, region), List.of(elsewhere, archived));
        check(TerritoryLevel.DEPARTEMENT, "29", List.of(elsewhere), List.of(commune, departement, region));

        assertTrue(alliances(TerritoryLevel.DEPARTEMENT, "19").contains(inTulle));
        assertFalse(alliances(TerritoryLevel.DEPARTEMENT, "19").contains(addressing));
        assertEquals(List.of(addressing), presence.alliancesAddressing(List.of(fragility)));
        assertEquals(List.of(), presence.alliancesAddressing(List.of(UUID.randomUUID())));
    }

    private void check(TerritoryLevel level, String code, List<UUID> present, List<UUID> absent) {
        List<UUID> found = actors(level, code);
        assertTrue(found.containsAll(present), level + " " + code + ": " + found + " misses some of " + present);
        absent.forEach(id -> assertFalse(found.contains(id), level + " " + code + " should not list " + id));
    }

    private List<UUID> actors(TerritoryLevel level, String code) {
        return QuarkusTransaction.requiringNew().call(() -> presence.actors(territory(level, code)));
    }

    private List<UUID> alliances(TerritoryLevel level, String code) {
        return QuarkusTransaction.requiringNew().call(() -> presence.alliances(territory(level, code)));
    }

    private Territory territory(TerritoryLevel level, String code) {
        return territories.findByKeys(List.of(new TerritoryKey(level, code))).get(0);
    }
}
