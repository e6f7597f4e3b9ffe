package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.testsupport.LocalInfrastructureResource;

/** Requests the contract forbids, accepted until now, are refused naming the field, and change nothing. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceStrictRequestsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    UUID association;
    String base;

    @BeforeEach
    void alliance() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        association = feed.registered("Association du Valromey", "ASSOCIATION", "NONPROFIT");
        UUID town = feed.registered("Commune de Champagne-en-Valromey", "LOCAL_AUTHORITY", "PUBLIC");
        base = "/api/v1/alliances/" + given().contentType(ContentType.JSON)
                .body("{\"name\":\"Valromey\",\"purpose\":\"Relier\",\"members\":[{\"actorId\":\"" + association
                        + "\",\"role\":\"LEAD\"},{\"actorId\":\"" + town + "\",\"role\":\"PARTNER\"}]}")
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"kind\":\"FINANCIAL\",\"amount\":\"500\",\"unit\":\"EUR\"                      | amount",
        "\"kind\":\"financial\",\"amount\":500,\"unit\":\"EUR\"                          | kind",
        "\"kind\":\"FINANCIAL\",\"amount\":500,\"unit\":\"EUR\",\"dueDate\":\"\"          | dueDate",
        "\"kind\":\"FINANCIAL\",\"amount\":500,\"unit\":\"EUR\",\"dueDate\":null          | dueDate",
        "\"kind\":\"FINANCIAL\",\"amount\":500,\"amount\":5,\"unit\":\"EUR\"              | amount",
        "\"kind\":\"FINANCIAL\",\"amount\":500,\"unit\":true                           | unit"
    })
    void aCommitmentTheContractForbidsIsRefusedAndPledgesNothing(String fields, String field) {
        given().contentType(ContentType.JSON).body("{\"memberActorId\":\"" + association + "\"," + fields + "}")
                .post(base + "/commitments").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
        given().get(base).then().header("ETag", "\"0\"").body("commitments", hasSize(0));
    }

    @Test
    void aShortenedMemberUuidIsRefused() {
        String shortened = association.toString().substring(1);
        given().contentType(ContentType.JSON)
                .body("{\"memberActorId\":\"" + shortened + "\",\"kind\":\"FINANCIAL\",\"amount\":5,\"unit\":\"EUR\"}")
                .post(base + "/commitments").then().statusCode(400).body("errors[0].field", equalTo("memberActorId"));
        given().get(base).then().header("ETag", "\"0\"").body("commitments", hasSize(0));
    }

    @Test
    void nullRemovesAFieldInAMergePatchOnly() {
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"name\":\"A\",\"name\":\"B\"}")
                .patch(base).then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().get(base).then().header("ETag", "\"0\"").body("purpose", equalTo("Relier"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"purpose\":null}")
                .patch(base).then().statusCode(200);
        given().get(base).then().header("ETag", "\"1\"").body("purpose", nullValue()).body("name", equalTo("Valromey"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "state=                  | state",
        "theme=                  | theme",
        "state=active            | state",
        "state=NOT_A_VALUE       | state",
        "theme=digital_inclusion | theme",
        "needsAttention=TRUE     | needsAttention",
        "memberActorId=1-2-3-4-5 | memberActorId",
        "limit=1.5               | limit"
    })
    void aQueryValueTheContractForbidsIsRefusedNamingIt(String query, String parameter) {
        given().urlEncodingEnabled(false).get("/api/v1/alliances?" + query).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo(parameter));
    }

    @Test
    void aPathUuidNotInCanonicalFormIsA400NamingIt() {
        given().get("/api/v1/alliances/1-2-3-4-5").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"));
    }
}
