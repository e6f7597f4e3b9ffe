package org.maillage.e2e.tenancy;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.e2e.SharedSuite;

/**
 * Two partner organisations, and for each write operation one of them is refused on what belongs to the other
 * (403, or 404 where the resource is not even visible to it), with the resource read back unchanged.
 */
@ExtendWith(SharedSuite.class)
class TenantIsolationTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    /** A public address: registration vets the target, and no name can be resolved on a closed network. */
    private static final String HOOK = "https://192.0.2.10/hooks";

    private static Partners partners;
    private static Partners.Partner owner;
    private static Partners.Partner intruder;

    @BeforeAll
    static void twoOrganisations() {
        RestAssured.baseURI = SharedSuite.suite().gatewayUrl().toString();
        RestAssured.port = SharedSuite.suite().gatewayUrl().getPort();
        RestAssured.requestSpecification = null;
        partners = new Partners(SharedSuite.suite());
        owner = partners.create("Propriétaire", "ASSOCIATION");
        intruder = partners.create("Intrus", "COMPANY");
    }

    @Test
    void theRegistryOfOneOrganisationIsItsOwn() {
        String actor = owner.organisationId();
        String etag = owner.call().get("/api/v1/actors/" + actor).then().statusCode(200).extract().header("ETag");
        String person = owner.json(Map.of("name", "Camille Martin", "professions", List.of("TERRITORIAL_CATALYST"),
                        "competencies", Map.of("operational", 50, "strategic", 30, "political", 20)))
                .post("/api/v1/actors/" + actor + "/people").then().statusCode(201).extract().path("id");
        String personPath = "/api/v1/actors/" + actor + "/people/" + person;
        String personTag = owner.call().get(personPath).then().statusCode(200).extract().header("ETag");

        refused(intruder.call().contentType(MERGE_PATCH).body("{\"description\":\"piraté\"}")
                .patch("/api/v1/actors/" + actor));
        refused(intruder.json(Map.of("name", "Remplacé", "kind", "ASSOCIATION")).put("/api/v1/actors/" + actor));
        refused(intruder.call().delete("/api/v1/actors/" + actor));
        refused(intruder.json(Map.of("absorbedId", actor)).post("/api/v1/actors/" + intruder.organisationId() + "/merge"));
        refused(intruder.json(Map.of("name", "Intrus infiltré", "professions", List.of("TERRITORIAL_CATALYST"),
                        "competencies", Map.of("operational", 50, "strategic", 30, "political", 20)))
                .post("/api/v1/actors/" + actor + "/people"));
        refused(intruder.call().contentType(MERGE_PATCH).body("{\"name\":\"Changé\"}").patch(personPath));
        refused(intruder.json(Map.of("name", "Remplacée", "professions", List.of("TERRITORIAL_CATALYST"),
                "competencies", Map.of("operational", 50, "strategic", 30, "political", 20))).put(personPath));
        refused(intruder.call().delete(personPath));
        refused(intruder.call().post(personPath + "/erasure"));

        owner.call().get("/api/v1/actors/" + actor).then().statusCode(200).header("ETag", etag)
                .body("archived", is(false));
        owner.call().get(personPath).then().statusCode(200).header("ETag", personTag).body("name", equalTo("Camille Martin"));
        owner.call().get("/api/v1/actors/" + actor + "/people").then().body("items.size()", equalTo(1));
    }

    @Test
    void oneOrganisationsReferenceSystemIsItsOwn() {
        String system = "crm-" + owner.organisationId().substring(0, 8);
        owner.json(Map.of("name", "Contact du CRM", "kind", "ASSOCIATION"))
                .put("/api/v1/actors/by-ref/" + system + "/contact-1").then().statusCode(201);
        refused(intruder.json(Map.of("name", "Squat", "kind", "COMPANY"))
                .put("/api/v1/actors/by-ref/" + system + "/contact-2"));
        refused(intruder.json(Map.of("name", "Reprise", "kind", "COMPANY"))
                .put("/api/v1/actors/by-ref/" + system + "/contact-1"));
        intruder.json(List.of(Map.of("name", "Repris en lot", "kind", "COMPANY",
                        "externalRefs", List.of(Map.of("system", system, "id", "contact-1")))))
                .post("/api/v1/actors/bulk").then().statusCode(200)
                .body("items[0].status", equalTo("ERROR")).body("items[0].problem.status", equalTo(403));
        refused(intruder.json(Map.of("organisationId", intruder.organisationId()))
                .put("/api/v1/reference-systems/" + system));
        owner.call().get("/api/v1/reference-systems/" + system).then().statusCode(200)
                .body("organisationId", equalTo(owner.organisationId()));
        owner.json(Map.of("name", "Contact 2", "kind", "ASSOCIATION"))
                .put("/api/v1/actors/by-ref/" + system + "/contact-2").then().statusCode(201);
    }

    @Test
    void anAllianceIsChangedOnlyByThoseWhoMayAndNobodySpeaksForAnotherMember() {
        Partners.Partner member = partners.create("Membre", "LOCAL_AUTHORITY");
        Partners.Partner invited = partners.create("Invitée", "FOUNDATION");
        String alliance = partners.proposedByAdmin("Alliance du propriétaire", owner, member);
        String path = "/api/v1/alliances/" + alliance;
        String ownPledge = commitmentOf(owner.organisationId(),
                owner.json(commitment(owner.organisationId())).post(path + "/commitments"));
        String proposedForMember = commitmentOf(member.organisationId(),
                owner.json(commitment(member.organisationId())).post(path + "/commitments"));
        String milestone = owner.json(Map.of("title", "Lancement", "dueDate", "2027-06-30"))
                .post(path + "/milestones").then().statusCode(201).extract().path("id");
        owner.json(Map.of("actorId", invited.organisationId(), "role", "PARTNER")).post(path + "/members")
                .then().statusCode(201);
        Response before = owner.call().get(path);
        before.then().statusCode(200);

        refused(intruder.json(Map.of("name", "Alliance usurpée", "members", List.of(
                Map.of("actorId", owner.organisationId(), "role", "LEAD"),
                Map.of("actorId", member.organisationId(), "role", "PARTNER")))).post("/api/v1/alliances"));
        refused(intruder.call().contentType(MERGE_PATCH).body("{\"name\":\"Détournée\"}").patch(path));
        refused(intruder.call().delete(path));
        refused(intruder.json(commitment(owner.organisationId())).post(path + "/commitments"));
        refused(intruder.json(commitment(owner.organisationId())).put(path + "/commitments/" + ownPledge));
        refused(intruder.json(Map.of("status", "WITHDRAWN")).put(path + "/commitments/" + ownPledge + "/status"));
        refused(intruder.call().post(path + "/commitments/" + proposedForMember + "/confirmation"));
        refused(intruder.call().post(path + "/commitments/" + proposedForMember + "/decline"));
        refused(intruder.json(Map.of("actorId", intruder.organisationId())).put(path + "/mediator"));
        refused(intruder.json(Map.of("actorId", intruder.organisationId(), "role", "PARTNER")).post(path + "/members"));
        refused(intruder.call().delete(path + "/members/" + member.organisationId()));
        refused(intruder.call().post(path + "/members/" + invited.organisationId() + "/acceptance"));
        refused(intruder.call().post(path + "/members/" + invited.organisationId() + "/refusal"));
        refused(intruder.json(Map.of("title", "Étape pirate", "dueDate", "2027-01-01")).post(path + "/milestones"));
        refused(intruder.json(Map.of("title", "Repoussée", "dueDate", "2028-01-01")).put(path + "/milestones/" + milestone));
        refused(intruder.call().post(path + "/milestones/" + milestone + "/reached"));
        refused(intruder.json(Map.of("to", "AGREED")).post(path + "/transitions"));
        // The lead may not answer for the members either.
        refused(owner.call().post(path + "/commitments/" + proposedForMember + "/confirmation"));
        refused(owner.call().post(path + "/members/" + invited.organisationId() + "/acceptance"));

        owner.call().get(path).then().statusCode(200).header("ETag", before.header("ETag"))
                .body(equalTo(before.asString()));
    }

    @Test
    void sharedReferenceDataBelongsToStewardsAndAConversationToItsFacilitator() {
        String code = partners.admin().get("/api/v1/indicators?limit=1").then().statusCode(200)
                .extract().path("items[0].code");
        String indicatorTag = partners.admin().get("/api/v1/indicators/" + code).then().statusCode(200)
                .extract().header("ETag");
        refused(intruder.json(Map.of("code", "intrus_" + intruder.organisationId().substring(0, 8), "label", "Pirate",
                "unit", "%", "polarity", "HIGHER_IS_WORSE", "aggregation", "SUM", "source", "intrus"))
                .post("/api/v1/indicators"));
        refused(intruder.json(Map.of("code", code, "label", "Réécrit", "unit", "%", "polarity", "HIGHER_IS_WORSE",
                "aggregation", "SUM", "source", "intrus")).put("/api/v1/indicators/" + code));
        refused(intruder.call().delete("/api/v1/indicators/" + code));
        refused(intruder.json(Map.of("period", "2024", "observations", List.of(
                Map.of("indicator", code, "territoryCode", "93", "value", 999)))).post("/api/v1/observation-imports"));
        refused(intruder.call().contentType("text/csv; charset=UTF-8").body("CODGEO;" + code + "\n93;999\n").queryParam("period", "2024")
                .post("/api/v1/observation-imports/csv"));
        partners.admin().get("/api/v1/indicators/" + code).then().statusCode(200).header("ETag", indicatorTag);

        Partners.Partner participant = partners.create("Participante", "LOCAL_AUTHORITY");
        String diagnostic = owner.json(Map.of("territoryCode", "93", "level", "DEPARTEMENT", "period", "2024"))
                .post("/api/v1/diagnostics").then().statusCode(201).extract().path("id");
        String conversation = partners.openedBy(owner, diagnostic, participant);
        String path = "/api/v1/conversations/" + conversation;
        String fragility = owner.json(Map.of("title", "Pas de bus le dimanche", "theme", "MOBILITY",
                "proposedBy", owner.organisationId())).post(path + "/fragilities").then().statusCode(201)
                .extract().path("id");
        Response before = owner.call().get(path);
        before.then().statusCode(200);
        String diagnosticState = owner.call().get("/api/v1/diagnostics/" + diagnostic).then().extract().path("state");

        refused(intruder.json(Map.of("diagnosticId", diagnostic, "heldOn", "2026-03-14",
                "facilitator", Map.of("name", "Usurpateur", "actorId", owner.organisationId()),
                "participants", List.of(owner.organisationId()))).post("/api/v1/conversations"));
        refused(intruder.json(Map.of("verdict", "CONTESTED")).put(path + "/verdicts/" + fragility));
        refused(intruder.json(Map.of("title", "Ajout pirate", "theme", "MOBILITY", "proposedBy", owner.organisationId()))
                .post(path + "/fragilities"));
        refused(intruder.json(Map.of("fragilityIds", List.of(fragility))).put(path + "/rankings/" + participant.organisationId()));
        refused(intruder.json(Map.of("fragilityId", fragility, "title", "Solution pirate",
                "proposedBy", participant.organisationId())).post(path + "/solutions"));
        refused(participant.json(Map.of("verdict", "CONTESTED")).put(path + "/verdicts/" + fragility));
        refused(participant.json(Map.of("fragilityIds", List.of(fragility))).put(path + "/rankings/" + owner.organisationId()));
        refused(intruder.call().contentType(ContentType.JSON).body("").post(path + "/adoption"));
        refused(participant.call().contentType(ContentType.JSON).body("").post(path + "/adoption"));

        owner.call().get(path).then().statusCode(200).header("ETag", before.header("ETag")).body(equalTo(before.asString()));
        owner.call().get("/api/v1/diagnostics/" + diagnostic).then().body("state", equalTo(diagnosticState));
    }

    @Test
    void oneOrganisationsWebhooksAreItsOwn() {
        Response created = owner.json(Map.of("url", HOOK, "eventTypes",
                List.of("org.maillage.actor.*"))).post("/api/v1/webhooks");
        created.then().statusCode(201);
        String webhook = created.path("webhook.id");
        String path = "/api/v1/webhooks/" + webhook;

        refused(intruder.call().contentType(MERGE_PATCH)
                .body("{\"url\":\"https://attacker.example.net/hooks\"}").patch(path));
        refused(intruder.call().post(path + "/rotate-secret"));
        refused(intruder.call().post(path + "/enable"));
        refused(intruder.call().get(path + "/deliveries"));
        refused(intruder.call().post(path + "/deliveries/" + UUID.randomUUID() + "/redeliver"));
        refused(intruder.call().delete(path));

        owner.call().get(path).then().statusCode(200).body("url", equalTo(HOOK))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void keysAreIssuedByAdminsOnly() {
        refused(intruder.json(Map.of("name", "Clé usurpée", "organisationId", owner.organisationId(),
                "scopes", List.of("actors:write"))).post("/api/v1/admin/api-keys"));
        String ownerKeyId = partners.admin().contentType("application/json")
                .body(Map.of("name", "Second key of the owner", "organisationId", owner.organisationId(),
                        "scopes", List.of("actors:read")))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key.id");
        refused(intruder.call().post("/api/v1/admin/api-keys/" + ownerKeyId + "/revoke"));
        refused(intruder.call().post("/api/v1/admin/api-keys/" + ownerKeyId + "/rotate"));
        partners.admin().get("/api/v1/admin/api-keys?limit=500").then().statusCode(200)
                .body("items.find { it.id == '" + ownerKeyId + "' }.revokedAt", equalTo(null));
    }

    /** A commitment's answer is the alliance: the new commitment is the one of that member. */
    private static String commitmentOf(String memberActorId, Response pledged) {
        return pledged.then().statusCode(201).extract()
                .path("commitments.find { it.memberActorId == '" + memberActorId + "' }.id");
    }

    private static Map<String, Object> commitment(String memberActorId) {
        return Map.of("memberActorId", memberActorId, "kind", "FINANCIAL", "amount", 50000, "unit", "EUR");
    }

    /** Refused as a problem: 403, or 404 where the other organisation's resource is not visible at all. */
    static void refused(Response response) {
        response.then().statusCode(anyOf(is(403), is(404))).contentType("application/problem+json");
    }
}
