package org.maillage.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.maillage.actors.ActorJson.MERGE_PATCH;
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

/** Object-level rules: a partner key changes only its own organisation and its people. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ActorAccessTest {

    private static final String PERSON = """
            {"name":"Camille Martin","professions":["TERRITORIAL_CATALYST"],
             "competencies":{"operational":50,"strategic":30,"political":20}}""";

    @Test
    void aPartnerChangesItsOwnOrganisationAndItsPeople() {
        String own = register(ActorJson.minimal("Partenaire A", "ASSOCIATION"));
        as(own).contentType(MERGE_PATCH).body("{\"description\":\"mise à jour\"}").patch("/api/v1/actors/" + own)
                .then().statusCode(200).body("description", equalTo("mise à jour"));
        as(own).contentType(ContentType.JSON).body(PERSON).post("/api/v1/actors/" + own + "/people")
                .then().statusCode(201);
    }

    @Test
    void aPartnerCannotChangeAnotherOrganisationAndNothingChanges() {
        String own = register(ActorJson.minimal("Partenaire B", "ASSOCIATION"));
        String other = register(ActorJson.minimal("Voisin de B", "COMPANY"));

        as(own).contentType(MERGE_PATCH).body("{\"description\":\"piraté\"}").patch("/api/v1/actors/" + other)
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString(own));
        as(own).contentType(ContentType.JSON).body(PERSON).post("/api/v1/actors/" + other + "/people")
                .then().statusCode(403).contentType(PROBLEM);
        as(own).delete("/api/v1/actors/" + other).then().statusCode(403).contentType(PROBLEM);
        as(own).contentType(ContentType.JSON).body("{\"absorbedId\":\"" + other + "\"}")
                .post("/api/v1/actors/" + own + "/merge").then().statusCode(403).contentType(PROBLEM);

        given().get("/api/v1/actors/" + other).then().statusCode(200).header("ETag", "\"0\"")
                .body("archived", equalTo(false)).body("description", equalTo(null));
        given().get("/api/v1/actors/" + other + "/people").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void bulkRefusesOnlyTheItemsThatWouldChangeAnotherOrganisation() {
        String run = UUID.randomUUID().toString();
        String own = register(ActorJson.minimal("Partenaire C", "ASSOCIATION"));
        String other = ActorJson.register("{\"name\":\"Tiers C\",\"kind\":\"COMPANY\",\"externalRefs\":[{\"system\":\"crm-"
                + run + "\",\"id\":\"tiers\"}]}");
        String body = "[{\"name\":\"Tiers C renommé\",\"kind\":\"COMPANY\",\"externalRefs\":[{\"system\":\"crm-" + run
                + "\",\"id\":\"tiers\"}]},{\"name\":\"Nouvel acteur C\",\"kind\":\"ASSOCIATION\"}]";
        as(own).contentType(ContentType.JSON).body(body).post("/api/v1/actors/bulk").then().statusCode(200)
                .body("items[0].status", equalTo("ERROR"))
                .body("items[0].problem.status", equalTo(403))
                .body("items[1].status", equalTo("CREATED"));
        given().get("/api/v1/actors/" + other).then().body("name", equalTo("Tiers C"));
    }

    @Test
    void aCallerWithoutOrganisationChangesNothingButAdminsChangeAll() {
        String target = register(ActorJson.minimal("Cible", "FOUNDATION"));
        given().header(TestIdentity.HEADER, TestIdentity.token("front-end-user", null, "actors:write"))
                .contentType(MERGE_PATCH).body("{\"description\":\"x\"}").patch("/api/v1/actors/" + target)
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(MERGE_PATCH).body("{\"description\":\"par un admin\"}").patch("/api/v1/actors/" + target)
                .then().statusCode(200);
    }

    private static RequestSpecification as(String organisation) {
        return given().header(TestIdentity.HEADER,
                TestIdentity.partner(UUID.fromString(organisation), "actors:read", "actors:write"));
    }
}
