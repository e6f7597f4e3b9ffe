package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Numbers have a documented range and precision, checked before any arithmetic: a huge exponent costs nothing. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceNumberBoundsTest {

    private static final String PROBLEM = "application/problem+json";
    /** Far below the seconds an exact computation on such exponents takes, far above a refusal on a loaded machine. */
    private static final long FAST_MILLIS = 1500;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    UUID association;
    UUID town;
    String base;

    @BeforeEach
    void alliance() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        association = feed.registered("Association Revermont", "ASSOCIATION", "NONPROFIT");
        town = feed.registered("Commune de Treffort", "LOCAL_AUTHORITY", "PUBLIC");
        base = "/api/v1/alliances/" + given().contentType(ContentType.JSON).body(proposal("500"))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }

    @Test
    void aHugeAmountIsRefusedAtOnceNamingTheAmount() {
        for (String amount : new String[] {"1e1000000", "1e100000000", "-1e100000000", "1e-100000000"}) {
            long started = System.nanoTime();
            AllianceConsentTest.pledge(given(), base, association, amount).statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("amount"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < FAST_MILLIS, amount + " refused in " + millis + " ms");
        }
        given().get(base).then().header("ETag", "\"0\"").body("commitments", hasSize(0));
    }

    /** The JSON parser itself refuses numbers longer than 1000 characters, before any field is read. */
    @Test
    void aNumberWrittenWithThousandsOfDigitsIsRefusedToo() {
        long started = System.nanoTime();
        AllianceConsentTest.pledge(given(), base, association, "1" + "0".repeat(100_000)).statusCode(400)
                .contentType(PROBLEM).body("type", endsWith("/malformed-json"));
        AllianceConsentTest.pledge(given(), base, association, "0." + "0".repeat(100_000) + "1").statusCode(400)
                .contentType(PROBLEM).body("type", endsWith("/malformed-json"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2 * FAST_MILLIS, "refused in " + millis + " ms");
        given().get(base).then().header("ETag", "\"0\"").body("commitments", hasSize(0));
    }

    @Test
    void anAmountHasAtMostTwoDecimalsAndAtMostATrillion() {
        AllianceConsentTest.pledge(given(), base, association, "10.001").statusCode(400).body("errors.field", hasItem("amount"));
        AllianceConsentTest.pledge(given(), base, association, "1000000000000.01").statusCode(400)
                .body("errors.field", hasItem("amount"));
        AllianceConsentTest.pledge(given(), base, association, "0").statusCode(400);
        AllianceConsentTest.pledge(given(), base, association, "1000000000000").statusCode(201);
        AllianceConsentTest.pledge(given(), base, town, "0.01").statusCode(201);
        String commitment = given().get(base).then().extract().path("commitments[0].id");
        given().contentType(ContentType.JSON).body(AllianceConsentTest.commitment(association, "1e1000000"))
                .put(base + "/commitments/" + commitment).then().statusCode(400).body("errors.field", hasItem("amount"));
        given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get(base + "/status").then().statusCode(200)
                .body("signals.commitments[0].pledged", equalTo(new BigDecimal("1000000000000.01")));
    }

    @Test
    void objectiveNumbersAreBoundedInProposalsAndPatches() {
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).body(proposal("1e100000000")).post("/api/v1/alliances")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("objectives[0].target"));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"objectives\":[{\"title\":\"Former\",\"target\":1e100000000}]}").patch(base)
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"objectives\":[{\"title\":\"Former\",\"baseline\":0.00001}]}").patch(base)
                .then().statusCode(400).contentType(PROBLEM);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 3 * FAST_MILLIS, "three refusals in " + millis + " ms");
        given().get(base).then().header("ETag", "\"0\"").body("objectives[0].target", equalTo(500));
    }

    private String proposal(String target) {
        return """
                {"name":"Revermont","objectives":[{"title":"Former","indicator":"Personnes formées","target":%s}],
                 "members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                .formatted(target, association, town);
    }
}
