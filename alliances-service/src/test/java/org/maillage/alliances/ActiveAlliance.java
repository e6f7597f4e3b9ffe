package org.maillage.alliances;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/**
 * An alliance taken through the API to ACTIVE, as its partners would: two organisations of two worlds, a type, the
 * objectives given (JSON array), a commitment each, then SCOPING, BUILDING, AGREED and ACTIVE.
 */
final class ActiveAlliance {

    final String id;
    final String path;
    final UUID lead;
    final UUID partner;

    private ActiveAlliance(String id, UUID lead, UUID partner) {
        this.id = id;
        this.path = "/api/v1/alliances/" + id;
        this.lead = lead;
        this.partner = partner;
    }

    /** Proposed with the objectives, still EMERGING. */
    static ActiveAlliance proposed(ActorFeed feed, String name, String territories, String objectives) throws Exception {
        UUID lead = feed.registered("Pilote " + name, "ASSOCIATION", "NONPROFIT");
        UUID partner = feed.registered("Commune " + name, "LOCAL_AUTHORITY", "PUBLIC");
        String id = given().contentType(ContentType.JSON).body("""
                        {"name":"%s","purpose":"Access to digital public services","type":"SOCIETAL_INNOVATION",
                         "territories":%s,"themes":["DIGITAL_INCLUSION","AGEING"],"objectives":%s,
                         "addressedFragilities":[{"diagnosticId":"%s","fragilityId":"%s"}],
                         "members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                        .formatted(name, territories, objectives, UUID.randomUUID(), UUID.randomUUID(), lead, partner))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        return new ActiveAlliance(id, lead, partner);
    }

    static ActiveAlliance active(ActorFeed feed, String name, String territories, String objectives) throws Exception {
        ActiveAlliance alliance = proposed(feed, name, territories, objectives);
        alliance.transition("SCOPING");
        alliance.transition("BUILDING");
        alliance.pledge(alliance.lead);
        alliance.pledge(alliance.partner);
        alliance.transition("AGREED");
        alliance.transition("ACTIVE");
        return alliance;
    }

    void transition(String to) {
        given().contentType(ContentType.JSON).body("{\"to\":\"" + to + "\"}").post(path + "/transitions")
                .then().statusCode(200);
    }

    private void pledge(UUID member) {
        given().contentType(ContentType.JSON).body("""
                {"memberActorId":"%s","kind":"SKILLS","amount":10,"unit":"person-days"}""".formatted(member))
                .post(path + "/commitments").then().statusCode(201);
    }

    String objectiveId(int index) {
        return given().get(path).then().statusCode(200).extract().path("objectives[" + index + "].id");
    }

    String etag() {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
