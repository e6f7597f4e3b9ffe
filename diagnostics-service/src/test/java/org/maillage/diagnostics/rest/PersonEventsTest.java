package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.commons.events.Topics;
import org.maillage.diagnostics.support.Actors;
import org.maillage.diagnostics.support.Events;
import org.maillage.diagnostics.support.Sql;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.LocalInfrastructureResource;

/**
 * The professions of a territory's ecosystem from the person events exactly as the actor registry publishes them
 * (org.maillage.actors.events.PersonChanged, serialised by Jackson), including redeliveries, late older events,
 * removals and erasures. Lozère (48) is used by no other test.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class PersonEventsTest {

    private static final String ADDED = "org.maillage.person.added.v1";
    private static final String UPDATED = "org.maillage.person.updated.v1";
    private static final String REMOVED = "org.maillage.person.removed.v1";
    private static final String ERASED = "org.maillage.person.erased.v1";

    /** Same components, names and types as the registry's record (professions are enum names there). */
    record PersonChanged(UUID personId, UUID actorId, Set<String> professions, boolean removed, boolean erased,
                         long version, Instant at) {
    }

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void professionsFollowTheRegistryPersonEvents() {
        UUID commune = Events.actorRegistered("Mairie de Mende", "LOCAL_AUTHORITY", "PUBLIC", "\"territories\": [\"48095\"]");
        UUID departement = Events.actorRegistered("Département de la Lozère", "LOCAL_AUTHORITY", "PUBLIC",
                "\"territories\": [\"DEPARTEMENT:48\"]");
        Actors.awaitKnown(dataSource, commune, departement);

        UUID catalyst = UUID.randomUUID();
        UUID director = UUID.randomUUID();
        UUID leaver = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        send(ADDED, new PersonChanged(catalyst, commune, Set.of("TERRITORIAL_CATALYST"), false, false, 1, Instant.now()));
        String directorAdded = send(ADDED, new PersonChanged(director, departement,
                Set.of("INTER_ORGANISATION_MEDIATOR", "STRATEGIC_PARTNERSHIP_DIRECTOR"), false, false, 1, Instant.now()));
        send(UPDATED, new PersonChanged(director, departement, Set.of("STRATEGIC_PARTNERSHIP_DIRECTOR"), false, false, 2,
                Instant.now()));
        send(ADDED, new PersonChanged(leaver, departement, Set.of("INTER_ORGANISATION_MEDIATOR"), false, false, 1, Instant.now()));
        send(REMOVED, new PersonChanged(leaver, departement, Set.of("INTER_ORGANISATION_MEDIATOR"), true, false, 2,
                Instant.now()));
        send(ADDED, new PersonChanged(erased, commune, Set.of("TERRITORIAL_CATALYST"), false, false, 1, Instant.now()));
        send(ERASED, new PersonChanged(erased, commune, Set.of(), false, true, 2, Instant.now()));
        awaitProfessions(1, 1, null);

        // a redelivery (same event id) and a replay of older events (new ids, lower versions) change nothing
        String redelivered = resend(ADDED, directorAdded, new PersonChanged(director, departement,
                Set.of("INTER_ORGANISATION_MEDIATOR", "STRATEGIC_PARTNERSHIP_DIRECTOR"), false, false, 1, Instant.now()));
        String lateUpdate = send(UPDATED, new PersonChanged(leaver, departement, Set.of("INTER_ORGANISATION_MEDIATOR"),
                false, false, 1, Instant.now()));
        String lateAdd = send(ADDED, new PersonChanged(erased, commune, Set.of("TERRITORIAL_CATALYST"), false, false, 1,
                Instant.now()));
        awaitProcessed(redelivered, lateUpdate, lateAdd);
        assertEquals("1", Sql.query(dataSource, "SELECT count(*) FROM processed_event WHERE event_id = '" + redelivered + "'"));
        ecosystem().body("professions.TERRITORIAL_CATALYST", equalTo(1))
                .body("professions.STRATEGIC_PARTNERSHIP_DIRECTOR", equalTo(1))
                .body("professions.INTER_ORGANISATION_MEDIATOR", nullValue());
        assertEquals("[]", Sql.query(dataSource, "SELECT professions FROM known_person WHERE id = '" + erased + "'"));

        // a newer event of the same person applies: the director becomes a mediator too
        send(UPDATED, new PersonChanged(director, departement,
                Set.of("INTER_ORGANISATION_MEDIATOR", "STRATEGIC_PARTNERSHIP_DIRECTOR"), false, false, 3, Instant.now()));
        awaitProfessions(1, 1, 1);
        given().get("/api/v1/territories/48095/ecosystem").then().statusCode(200)
                .body("actorCount", equalTo(2))
                .body("professions.TERRITORIAL_CATALYST", equalTo(1));
    }

    private String send(String type, PersonChanged data) {
        return resend(type, UUID.randomUUID().toString(), data);
    }

    private String resend(String type, String eventId, PersonChanged data) {
        try {
            Events.send(Topics.ACTORS, type, data.personId().toString(), objectMapper.writeValueAsString(data), eventId);
            return eventId;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitProfessions(Integer catalysts, Integer directors, Integer mediators) {
        assertTrue(Eventually.holds(() -> {
            var body = given().get("/api/v1/territories/48/ecosystem").then().extract();
            return java.util.Objects.equals(catalysts, body.path("professions.TERRITORIAL_CATALYST"))
                    && java.util.Objects.equals(directors, body.path("professions.STRATEGIC_PARTNERSHIP_DIRECTOR"))
                    && java.util.Objects.equals(mediators, body.path("professions.INTER_ORGANISATION_MEDIATOR"));
        }, Duration.ofSeconds(30)), "professions never became " + List.of(String.valueOf(catalysts),
                String.valueOf(directors), String.valueOf(mediators)));
    }

    private void awaitProcessed(String... eventIds) {
        for (String id : eventIds) {
            assertTrue(Eventually.holds(() -> Sql.query(dataSource,
                    "SELECT event_id FROM processed_event WHERE event_id = '" + id + "'") != null, Duration.ofSeconds(30)),
                    "event " + id + " never processed");
        }
    }

    private static io.restassured.response.ValidatableResponse ecosystem() {
        return given().get("/api/v1/territories/48/ecosystem").then().statusCode(200);
    }
}
