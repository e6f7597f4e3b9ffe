package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ActorIdempotencyTest {

    @Test
    void retriedRegistrationReturnsTheSameActorOnce() {
        String key = UUID.randomUUID().toString();
        String name = "Retry " + key;
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(ActorJson.minimal(name, "FOUNDATION")).post("/api/v1/actors")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue()).extract().path("id");
        String again = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(ActorJson.minimal(name, "FOUNDATION")).post("/api/v1/actors")
                .then().statusCode(201).header("Idempotency-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/actors/" + first))
                .header("ETag", "\"0\"").extract().path("id");
        assertEquals(first, again);
        given().queryParam("q", key).get("/api/v1/actors").then().body("items.size()", equalTo(1));

        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(ActorJson.minimal(name + " bis", "FOUNDATION")).post("/api/v1/actors")
                .then().statusCode(422).contentType(ActorJson.PROBLEM)
                .body("errors[0].code", equalTo("IdempotencyKeyReused"));
    }

    @Test
    void anotherOrganisationsSameKeyAndBodyRegistersItsOwnActorNeverReplaysTheFirst() {
        String key = UUID.randomUUID().toString();
        String body = ActorJson.minimal("Tenancy " + key, "ASSOCIATION");
        String partnerA = TestIdentity.partner(UUID.randomUUID(), "actors:write");
        String first = given().header(TestIdentity.HEADER, partnerA).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/actors")
                .then().statusCode(201).extract().path("id");
        given().header(TestIdentity.HEADER, partnerA).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/actors")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first));

        String other = given().header(TestIdentity.HEADER, TestIdentity.partner(UUID.randomUUID(), "actors:write"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/actors")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue()).extract().path("id");
        assertNotEquals(first, other);
        given().queryParam("q", key).get("/api/v1/actors").then().body("items.size()", equalTo(2));
    }
}
