package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** A field without a value is left out of a response, but stays null in event data. */
@QuarkusTest
class AbsentFieldsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aResponseLeavesOutTheFieldsWithoutAValue() {
        String body = given().contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":1}").post("/probe/things")
                .then().statusCode(200).extract().asString();
        assertEquals("{\"name\":\"a\",\"size\":1}", body);
    }

    @Test
    void eventDataKeepsItsNullFields() {
        String eventId = given().post("/probe/events/sparse-1/sparse").then().statusCode(200).extract().path("eventId");
        Object payload = entityManager.createNativeQuery(
                "SELECT payload::text FROM outbox_event WHERE id = CAST(?1 AS uuid)").setParameter(1, eventId)
                .getSingleResult();
        assertEquals("{\"note\": null, \"aggregate\": \"sparse-1\"}", payload);
    }
}
