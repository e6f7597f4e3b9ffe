package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.register;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/** A reference system belongs to the organisation that first used it: nobody else writes references in it. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ReferenceSystemTest {

    @Test
    void theFirstOrganisationToUseASystemOwnsIt() {
        String system = "crm-" + UUID.randomUUID();
        String owner = register(ActorJson.minimal("Propriétaire du CRM", "ASSOCIATION"));
        as(owner).contentType(ContentType.JSON).body(actorWithRef("Contact A", system, "a-1"))
                .put("/api/v1/actors/by-ref/" + system + "/a-1").then().statusCode(201);
        given().get("/api/v1/reference-systems/" + system).then().statusCode(200)
                .body("system", equalTo(system)).body("organisationId", equalTo(owner));
        as(owner).contentType(ContentType.JSON).body(actorWithRef("Contact B", system, "a-2"))
                .post("/api/v1/actors").then().statusCode(201);
    }

    @Test
    void anotherOrganisationCanNeitherSquatNorUpsertThroughTheSystemAndNothingChanges() {
        String system = "crm-" + UUID.randomUUID();
        String owner = register(ActorJson.minimal("Titulaire", "ASSOCIATION"));
        String intruder = register(ActorJson.minimal("Intrus", "COMPANY"));
        as(owner).contentType(ContentType.JSON).body(actorWithRef("Contact du titulaire", system, "c-1"))
                .put("/api/v1/actors/by-ref/" + system + "/c-1").then().statusCode(201);

        as(intruder).contentType(ContentType.JSON).body(actorWithRef("Squat", system, "c-2"))
                .post("/api/v1/actors").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString(owner)).body("detail", containsString("externalRefs[0].system"));
        as(intruder).contentType(ContentType.JSON).body(ActorJson.minimal("Squat par ref", "COMPANY"))
                .put("/api/v1/actors/by-ref/" + system + "/c-3").then().statusCode(403).contentType(PROBLEM);
        as(intruder).contentType(ContentType.JSON).body(ActorJson.minimal("Reprise", "COMPANY"))
                .put("/api/v1/actors/by-ref/" + system + "/c-1").then().statusCode(403).contentType(PROBLEM);
        as(intruder).contentType(ContentType.JSON).body("[" + actorWithRef("Squat en lot", system, "c-4") + "]")
                .post("/api/v1/actors/bulk").then().statusCode(200)
                .body("items[0].status", equalTo("ERROR")).body("items[0].problem.status", equalTo(403));
        as(intruder).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"externalRefs\":[{\"system\":\"" + system + "\",\"id\":\"c-5\"}]}")
                .patch("/api/v1/actors/" + intruder).then().statusCode(403).contentType(PROBLEM);

        // None of the refs was written: the owner's upsert of each creates a new actor.
        for (String id : new String[] {"c-2", "c-3", "c-4", "c-5"}) {
            as(owner).contentType(ContentType.JSON).body(actorWithRef("Contact " + id, system, id))
                    .put("/api/v1/actors/by-ref/" + system + "/" + id).then().statusCode(201);
        }
        given().get("/api/v1/actors/" + intruder).then().body("externalRefs.size()", equalTo(0))
                .body("name", equalTo("Intrus"));
        given().get("/api/v1/reference-systems/" + system).then().body("organisationId", equalTo(owner));
    }

    @Test
    void aCallerActingForNoOrganisationWritesNoReference() {
        given().header(TestIdentity.HEADER, TestIdentity.token("front-end-user", null, "actors:write"))
                .contentType(ContentType.JSON).body(actorWithRef("Sans organisation", "crm-" + UUID.randomUUID(), "x"))
                .post("/api/v1/actors").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("acts for no organisation"));
    }

    @Test
    void anAdminGivesASystemBackToItsRightfulOrganisation() {
        String system = "crm-" + UUID.randomUUID();
        String squatter = register(ActorJson.minimal("Premier arrivé", "COMPANY"));
        String rightful = register(ActorJson.minimal("Titulaire légitime", "ASSOCIATION"));
        as(squatter).contentType(ContentType.JSON).body(actorWithRef("Squat", system, "s-1"))
                .post("/api/v1/actors").then().statusCode(201);

        as(rightful).contentType(ContentType.JSON).body("{\"organisationId\":\"" + rightful + "\"}")
                .put("/api/v1/reference-systems/" + system).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"organisationId\":\"" + UUID.randomUUID() + "\"}")
                .put("/api/v1/reference-systems/" + system).then().statusCode(422).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"organisationId\":\"" + rightful + "\"}")
                .put("/api/v1/reference-systems/" + system).then().statusCode(200)
                .body("organisationId", equalTo(rightful));

        as(rightful).contentType(ContentType.JSON).body(actorWithRef("Contact légitime", system, "s-2"))
                .post("/api/v1/actors").then().statusCode(201);
        as(squatter).contentType(ContentType.JSON).body(actorWithRef("Nouveau squat", system, "s-3"))
                .post("/api/v1/actors").then().statusCode(403);
    }

    @Test
    void aSystemNobodyUsedIsNotFound() {
        given().get("/api/v1/reference-systems/crm-" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    private static String actorWithRef(String name, String system, String id) {
        return "{\"name\":\"" + name + "\",\"kind\":\"ASSOCIATION\",\"externalRefs\":[{\"system\":\"" + system
                + "\",\"id\":\"" + id + "\"}]}";
    }

    private static RequestSpecification as(String organisation) {
        return given().header(TestIdentity.HEADER,
                TestIdentity.partner(UUID.fromString(organisation), "actors:read", "actors:write"));
    }
}
