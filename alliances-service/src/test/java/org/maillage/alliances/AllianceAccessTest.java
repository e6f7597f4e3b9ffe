package org.maillage.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

/** Object-level rules: proposers are members, the lead changes the alliance, the mediator handles mediation only. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class AllianceAccessTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    UUID lead;
    UUID partner;
    UUID outsider;
    UUID mediator;

    @BeforeEach
    void actors() throws Exception {
        ActorFeed feed = new ActorFeed(bootstrapServers, entityManager);
        lead = feed.registered("Association Bresse", "ASSOCIATION", "NONPROFIT");
        partner = feed.registered("Commune de Bourg", "LOCAL_AUTHORITY", "PUBLIC");
        outsider = feed.registered("Entreprise voisine", "COMPANY", "PRIVATE");
        mediator = feed.registered("Médiation Bresse", "CONSULTANCY", "PRIVATE");
    }

    @Test
    void onlyAMemberProposesAndOnlyTheLeadChanges() {
        as(outsider).contentType(ContentType.JSON).body(proposal()).post("/api/v1/alliances")
                .then().statusCode(403).contentType(PROBLEM);
        given().queryParam("memberActorId", lead.toString()).get("/api/v1/alliances")
                .then().statusCode(200).body("items.size()", equalTo(0));

        String base = "/api/v1/alliances/" + as(lead).contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");

        as(partner).contentType("application/merge-patch+json; charset=UTF-8").body("{\"name\":\"Bresse détournée\"}").patch(base)
                .then().log().ifValidationFails().statusCode(403).contentType(PROBLEM);
        as(partner).contentType(ContentType.JSON).body("{\"to\":\"SCOPING\",\"reason\":\"x\"}").post(base + "/transitions")
                .then().statusCode(403).contentType(PROBLEM);
        as(partner).contentType(ContentType.JSON).body("{\"actorId\":\"%s\",\"role\":\"FUNDER\"}".formatted(outsider))
                .post(base + "/members").then().statusCode(403);
        as(outsider).delete(base).then().statusCode(403);
        given().get(base).then().statusCode(200).header("ETag", "\"0\"")
                .body("state", equalTo("EMERGING")).body("members.size()", equalTo(2));

        as(partner).post(base + "/members/" + partner + "/acceptance").then().statusCode(200);
        as(lead).contentType(ContentType.JSON).body("{\"to\":\"SCOPING\",\"reason\":\"first meeting\"}")
                .post(base + "/transitions").then().statusCode(200).body("state", equalTo("SCOPING"));
    }

    @Test
    void theMediatorMayAskForMediationWhereOtherPartnersMayNot() {
        String base = "/api/v1/alliances/" + as(lead).contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        as(lead).contentType(ContentType.JSON).body("{\"actorId\":\"%s\"}".formatted(mediator)).put(base + "/mediator")
                .then().statusCode(200);

        // The mediator passes the object-level rule; the lifecycle then refuses (mediation starts from ACTIVE).
        as(mediator).contentType(ContentType.JSON).body("{\"to\":\"IN_MEDIATION\",\"reason\":\"conflict\"}")
                .post(base + "/transitions").then().statusCode(409).body("errors[0].field", equalTo("to"));
        as(partner).contentType(ContentType.JSON).body("{\"to\":\"IN_MEDIATION\",\"reason\":\"conflict\"}")
                .post(base + "/transitions").then().statusCode(403).contentType(PROBLEM);
        as(mediator).contentType(ContentType.JSON).body("{\"to\":\"SCOPING\",\"reason\":\"not mine\"}")
                .post(base + "/transitions").then().statusCode(403);
    }

    @Test
    void theMediatorActsOnTheMediationTransitionsOnly() {
        String base = "/api/v1/alliances/" + as(lead).contentType(ContentType.JSON).body(proposal())
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        as(lead).contentType(ContentType.JSON).body("{\"actorId\":\"%s\"}".formatted(mediator)).put(base + "/mediator")
                .then().statusCode(200);
        as(partner).post(base + "/members/" + partner + "/acceptance").then().statusCode(200);

        as(mediator).contentType("application/merge-patch+json; charset=UTF-8").body("{\"name\":\"Médiée\"}").patch(base)
                .then().statusCode(403).contentType(PROBLEM);
        as(mediator).contentType(ContentType.JSON).body("{\"actorId\":\"%s\",\"role\":\"PARTNER\"}".formatted(outsider))
                .post(base + "/members").then().statusCode(403).contentType(PROBLEM);
        as(mediator).contentType(ContentType.JSON).body("""
                {"memberActorId":"%s","kind":"FINANCIAL","amount":10,"unit":"EUR"}""".formatted(partner))
                .post(base + "/commitments").then().statusCode(403).contentType(PROBLEM);
        as(mediator).delete(base + "/members/" + partner).then().statusCode(403).contentType(PROBLEM);
        as(mediator).post(base + "/members/" + partner + "/refusal").then().statusCode(403).contentType(PROBLEM);
        as(mediator).contentType(ContentType.JSON).body("{\"actorId\":\"%s\"}".formatted(outsider)).put(base + "/mediator")
                .then().statusCode(403).contentType(PROBLEM);
        as(mediator).delete(base).then().statusCode(403);
        given().get(base).then().statusCode(200).header("ETag", "\"2\"").body("name", equalTo("Bresse solidaire"))
                .body("members.size()", equalTo(2)).body("commitments.size()", equalTo(0))
                .body("mediator.actorId", equalTo(mediator.toString()));
    }

    private String proposal() {
        return """
                {"name":"Bresse solidaire","members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                .formatted(lead, partner);
    }

    private static RequestSpecification as(UUID organisation) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "alliances:read", "alliances:write"));
    }
}
