package org.maillage.e2e.conformance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.e2e.SharedSuite;
import org.maillage.local.LocalSuite;
import org.maillage.testsupport.Eventually;

/**
 * The packaged suite against its merged contract. Every answer of every end-to-end test is checked as it comes
 * (ConformanceFilter); this test, run after every other class but EventCatalogueTest, completes the scenario so
 * that every operation of the contract has been seen succeeding and refusing at least once, then requires that no
 * answer broke the contract.
 */
@ExtendWith(SharedSuite.class)
@Order(Integer.MAX_VALUE - 1)
class ConformanceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    /** A public address: registration vets the target, and no name can be resolved on a closed network. */
    private static final String HOOK = "https://192.0.2.10/hooks";
    private static final List<String> SCOPES = List.of("actors:read", "actors:write", "alliances:read",
            "alliances:write", "diagnostics:read", "diagnostics:write", "webhooks:manage");
    private static final Duration LEARNING = Duration.ofSeconds(60);

    private String admin;

    @Test
    void everyOperationSucceedsAndRefusesAsTheContractSays() {
        LocalSuite suite = SharedSuite.throughGateway();
        admin = suite.adminApiKey();
        ContractConformance conformance = ConformanceFilter.conformance(suite.config().repoRoot());

        registry();
        keys();
        alliances();
        diagnostics();
        webhooksAndFeed();
        refusals(conformance);

        List<String> neverSucceeded = new ArrayList<>();
        List<String> neverRefused = new ArrayList<>();
        conformance.coverage().forEach((operation, seen) -> {
            if (seen.successes() == 0) {
                neverSucceeded.add(operation);
            }
            if (seen.refusals() == 0) {
                neverRefused.add(operation);
            }
        });
        Map<String, Long> byKind = conformance.violations().stream()
                .collect(Collectors.groupingBy(ContractConformance.Violation::kind, TreeMap::new, Collectors.counting()));
        System.out.printf("[conformance] %d operations, %d answers checked (%d to no operation of the contract), "
                        + "%d violations %s; never succeeded: %d, never refused: %d%n",
                conformance.coverage().size(), conformance.checked(), conformance.unmatched(),
                conformance.violations().size(), byKind, neverSucceeded.size(), neverRefused.size());
        conformance.violations().forEach(violation -> System.out.println("[conformance] " + violation));
        neverSucceeded.forEach(operation -> System.out.println("[conformance] never succeeded: " + operation
                + ", answered " + conformance.coverage().get(operation).failures()));
        assertAll(
                () -> assertTrue(neverSucceeded.isEmpty(), "operations never seen succeeding: " + neverSucceeded),
                () -> assertTrue(neverRefused.isEmpty(), "operations never seen refusing: " + neverRefused),
                () -> assertTrue(conformance.violations().isEmpty(), conformance.violations().size()
                        + " answers break the contract, by kind " + byKind + ": " + conformance.violations()));
    }

    private void registry() {
        String organisation = created(json(Map.of("name", "Conformité " + suffix(), "kind", "ASSOCIATION"))
                .post("/api/v1/actors"));
        String twin = created(json(Map.of("name", "Jumelle " + suffix(), "kind", "ASSOCIATION"))
                .post("/api/v1/actors"));
        String archived = created(json(Map.of("name", "Archivée " + suffix(), "kind", "COMPANY"))
                .post("/api/v1/actors"));
        call().get("/api/v1/actors?limit=2");
        call().get("/api/v1/actors/summary");
        call().get("/api/v1/actors/" + organisation);
        call().contentType(MERGE_PATCH).body("{\"description\":\"Épicerie solidaire\",\"phone\":null}")
                .patch("/api/v1/actors/" + organisation);
        json(Map.of("name", "Conformité " + suffix(), "kind", "ASSOCIATION", "email", "contact@example.org"))
                .put("/api/v1/actors/" + organisation);
        call().get("/api/v1/actors/" + organisation + "/duplicate-candidates");
        json(Map.of("absorbedId", twin)).post("/api/v1/actors/" + organisation + "/merge");
        call().delete("/api/v1/actors/" + archived);
        json(List.of(Map.of("name", "En lot " + suffix(), "kind", "FOUNDATION"))).post("/api/v1/actors/bulk");
        String system = "crm-" + suffix();
        // A caller acting for no organisation writes no reference: a partner's key opens the system.
        partner("Éditrice du CRM", "ASSOCIATION").json(Map.of("name", "Contact " + suffix(), "kind", "ASSOCIATION"))
                .put("/api/v1/actors/by-ref/" + system + "/contact-1");
        call().get("/api/v1/reference-systems/" + system);
        json(Map.of("organisationId", organisation)).put("/api/v1/reference-systems/" + system);

        String people = "/api/v1/actors/" + organisation + "/people";
        Map<String, Object> person = Map.of("name", "Camille Martin", "professions", List.of("TERRITORIAL_CATALYST"),
                "competencies", Map.of("operational", 50, "strategic", 30, "political", 20));
        String camille = created(json(person).post(people));
        String erased = created(json(person).post(people));
        String removed = created(json(person).post(people));
        call().get(people);
        call().get("/api/v1/people?profession=TERRITORIAL_CATALYST&profession=INTER_ORGANISATION_MEDIATOR&limit=2");
        call().get(people + "/" + camille);
        call().contentType(MERGE_PATCH).body("{\"jobTitle\":\"Directrice des partenariats\"}").patch(people + "/" + camille);
        json(Map.of("name", "Camille Martin-Durand")).put(people + "/" + camille);
        call().post(people + "/" + erased + "/erasure");
        call().delete(people + "/" + removed);
    }

    private void keys() {
        call().get("/api/v1/admin/api-keys");
        String key = json(Map.of("name", "Conformité", "scopes", List.of("actors:read"))).post("/api/v1/admin/api-keys")
                .then().extract().path("key.id");
        call().post("/api/v1/admin/api-keys/" + key + "/rotate");
        call().post("/api/v1/admin/api-keys/" + key + "/revoke");
    }

    private void alliances() {
        Partner lead = partner("Meneuse", "ASSOCIATION");
        Partner member = partner("Membre", "LOCAL_AUTHORITY");
        Partner declining = partner("Réticente", "COMPANY");
        String alliance = eventually(() -> lead.json(Map.of("name", "Alliance conforme", "members", List.of(
                Map.of("actorId", lead.organisation(), "role", "LEAD"),
                Map.of("actorId", member.organisation(), "role", "PARTNER"),
                Map.of("actorId", declining.organisation(), "role", "PARTNER")))).post("/api/v1/alliances"));
        String path = "/api/v1/alliances/" + alliance;
        member.call().post(path + "/members/" + member.organisation() + "/acceptance");
        declining.call().post(path + "/members/" + declining.organisation() + "/refusal");
        call().get("/api/v1/alliances?limit=2");
        call().get("/api/v1/alliances/summary");
        call().get(path);
        lead.call().contentType(MERGE_PATCH).body("{\"purpose\":\"Donner accès au numérique\"}").patch(path);

        String own = located(lead.json(commitment(lead.organisation())).post(path + "/commitments"));
        lead.json(Map.of("memberActorId", lead.organisation(), "kind", "FINANCIAL", "amount", 60000, "unit", "EUR"))
                .put(path + "/commitments/" + own);
        String confirmed = located(lead.json(commitment(member.organisation())).post(path + "/commitments"));
        member.call().post(path + "/commitments/" + confirmed + "/confirmation");
        String declined = located(lead.json(commitment(member.organisation())).post(path + "/commitments"));
        member.call().post(path + "/commitments/" + declined + "/decline");
        lead.json(Map.of("status", "DELIVERED")).put(path + "/commitments/" + own + "/status");

        String mediator = created(json(Map.of("name", "Médiatrice " + suffix(), "kind", "CONSULTANCY"))
                .post("/api/v1/actors"));
        eventually(() -> lead.json(Map.of("actorId", mediator)).put(path + "/mediator"), 200);
        Partner third = partner("Tierce", "FOUNDATION");
        eventually(() -> call().contentType(ContentType.JSON)
                .body(Map.of("actorId", third.organisation(), "role", "PARTNER")).post(path + "/members"), 201);
        lead.call().delete(path + "/members/" + third.organisation());

        String milestone = located(lead.json(Map.of("title", "Lancement", "dueDate", "2027-06-30"))
                .post(path + "/milestones"));
        lead.json(Map.of("title", "Lancement", "dueDate", "2027-09-30")).put(path + "/milestones/" + milestone);
        lead.call().post(path + "/milestones/" + milestone + "/reached");
        lead.json(Map.of("to", "SCOPING", "reason", "partners met twice")).post(path + "/transitions");
        call().get(path + "/status");
        call().get(path + "/timeline?limit=2");

        String archived = eventually(() -> json(Map.of("name", "Alliance close", "members", List.of(
                Map.of("actorId", lead.organisation(), "role", "LEAD")))).post("/api/v1/alliances"));
        call().delete("/api/v1/alliances/" + archived);
    }

    private void diagnostics() {
        String code = "conformite_" + suffix().replace('-', '_');
        Map<String, Object> indicator = Map.of("code", code, "label", "Part de test", "unit", "%",
                "polarity", "HIGHER_IS_WORSE", "aggregation", "SUM", "source", "conformité");
        call().get("/api/v1/indicators?limit=2");
        json(indicator).post("/api/v1/indicators");
        call().get("/api/v1/indicators/" + code);
        json(Map.of("label", "Part de test révisée", "unit", "%", "polarity", "HIGHER_IS_WORSE", "aggregation", "SUM",
                "source", "conformité")).put("/api/v1/indicators/" + code);
        String imported = json(Map.of("period", "2024", "observations", List.of(
                Map.of("indicator", code, "territoryCode", "93066", "value", 12)))).post("/api/v1/observation-imports")
                .then().extract().path("importId");
        call().get("/api/v1/observation-imports/" + imported);
        call().contentType("text/csv; charset=UTF-8").body("CODGEO;" + code + "\n93066;13\n").queryParam("period", "2024")
                .post("/api/v1/observation-imports/csv");
        call().delete("/api/v1/indicators/" + code);

        // The demo data of the Aude shows fragilities, which the conversation then judges.
        String diagnostic = created(json(Map.of("territoryCode", "11", "level", "DEPARTEMENT", "period", "2024"))
                .post("/api/v1/diagnostics"));
        json(Map.of("level", "DEPARTEMENT", "period", "2024", "parent", "11", "parentLevel", "REGION"))
                .post("/api/v1/diagnostics/batches");
        call().get("/api/v1/diagnostics?limit=2");
        call().get("/api/v1/diagnostics/" + diagnostic);

        Partner facilitator = partner("Animatrice", "ASSOCIATION");
        Partner participant = partner("Participante", "LOCAL_AUTHORITY");
        String conversation = eventually(() -> facilitator.json(Map.of("diagnosticId", diagnostic, "heldOn", "2026-03-14",
                "facilitator", Map.of("name", "Camille Martin"),
                "participants", List.of(facilitator.organisation(), participant.organisation())))
                .post("/api/v1/conversations"));
        String path = "/api/v1/conversations/" + conversation;
        String fragility = created(facilitator.json(Map.of("title", "Pas de bus le dimanche", "theme", "MOBILITY",
                "proposedBy", participant.organisation())).post(path + "/fragilities"));
        List<String> found = call().get(path).then().extract().path("fragilities.findAll { it.origin == 'DATA' }.id");
        // Adoption needs a verdict on every fragility found in the data.
        for (String each : found == null ? List.<String>of() : found) {
            facilitator.json(Map.of("verdict", "CONFIRMED", "reason", "les équipes le voient"))
                    .put(path + "/verdicts/" + each);
        }
        participant.json(Map.of("fragilityIds", List.of(fragility))).put(path + "/rankings/" + participant.organisation());
        participant.json(Map.of("fragilityId", fragility, "title", "Navette solidaire",
                "proposedBy", participant.organisation())).post(path + "/solutions");
        facilitator.call().contentType(ContentType.JSON).post(path + "/adoption");
        // The Aude is in Occitanie (76): its conversations are found by the région.
        call().get("/api/v1/conversations?territory=REGION:76&state=ADOPTED&limit=2");

        call().get("/api/v1/territories?level=DEPARTEMENT&limit=2");
        call().get("/api/v1/territories/93?level=DEPARTEMENT");
        call().get("/api/v1/territories/11/coverage?level=DEPARTEMENT&diagnosticId=" + diagnostic);
        call().get("/api/v1/territories/11/suggestions?level=DEPARTEMENT&diagnosticId=" + diagnostic);
        call().get("/api/v1/territories/93/ecosystem?level=DEPARTEMENT");
        call().get("/api/v1/territories/93/observations?level=DEPARTEMENT&limit=2");
        call().get("/api/v1/territories/93/overview?level=DEPARTEMENT");
    }

    private void webhooksAndFeed() {
        String webhook = json(Map.of("url", HOOK, "eventTypes", List.of("org.maillage.actor.*")))
                .post("/api/v1/webhooks").then().extract().path("webhook.id");
        String path = "/api/v1/webhooks/" + webhook;
        call().get("/api/v1/webhooks");
        call().get(path);
        call().contentType(MERGE_PATCH).body("{\"description\":\"Synchronisation du CRM\"}").patch(path);
        json(Map.of("name", "Déclencheuse " + suffix(), "kind", "ASSOCIATION")).post("/api/v1/actors");
        String[] delivery = new String[1];
        Eventually.holds(() -> {
            delivery[0] = call().get(path + "/deliveries").then().extract().path("items[0].id");
            return delivery[0] != null;
        }, LEARNING);
        call().post(path + "/deliveries/" + delivery[0] + "/redeliver");
        call().post(path + "/enable");
        call().post(path + "/rotate-secret");
        call().delete(path);

        call().get("/api/v1/events?limit=2");
        given().get("/identity/jwks.json");
        given().get("/openapi");
        given().get("/openapi.yaml");
    }

    /**
     * One refusal per operation: a body of the wrong shape, else ids that name nothing, else an Accept the
     * operation cannot answer, else a request target too long; the first that is refused is enough.
     */
    private void refusals(ContractConformance conformance) {
        for (String operation : conformance.operations()) {
            String[] methodAndPath = operation.split(" ", 2);
            String method = methodAndPath[0];
            String template = methodAndPath[1];
            String unknown = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            List<Supplier<Response>> attempts = new ArrayList<>();
            if (List.of("POST", "PUT", "PATCH").contains(method)) {
                attempts.add(() -> call().contentType(template.endsWith("/csv") ? "text/csv" : "application/json")
                        .body("[").request(method, unknown));
            }
            attempts.addAll(List.of(
                    () -> call().request(method, unknown),
                    () -> call().accept("application/xml").request(method, template),
                    () -> call().queryParam("padding", "x".repeat(9000)).request(method, template)));
            for (Supplier<Response> attempt : attempts) {
                int status = attempt.get().statusCode();
                if (status >= 400 && status < 500) {
                    break;
                }
            }
        }
    }

    private record Partner(String organisation, String key) {

        RequestSpecification call() {
            return given().header("X-API-Key", key);
        }

        RequestSpecification json(Object body) {
            return call().contentType(ContentType.JSON).body(body);
        }
    }

    private Partner partner(String name, String kind) {
        String organisation = created(json(Map.of("name", name + " " + suffix(), "kind", kind)).post("/api/v1/actors"));
        String key = json(Map.of("name", "Clé de " + name, "organisationId", organisation, "scopes", SCOPES))
                .post("/api/v1/admin/api-keys").then().extract().path("secret");
        return new Partner(organisation, key);
    }

    private RequestSpecification call() {
        return given().header("X-API-Key", admin);
    }

    private RequestSpecification json(Object body) {
        return call().contentType(ContentType.JSON).body(body);
    }

    private static Map<String, Object> commitment(String memberActorId) {
        return Map.of("memberActorId", memberActorId, "kind", "FINANCIAL", "amount", 50000, "unit", "EUR");
    }

    /** The id at the end of the Location of what the request created, or null. */
    private static String located(Response response) {
        String location = response.statusCode() == 201 ? response.header("Location") : null;
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    /** The id of what the request created, or null: a step that fails shows as an operation never succeeding. */
    private static String created(Response response) {
        return response.statusCode() == 201 ? response.path("id") : null;
    }

    /** Sent again while the service has not yet learnt the actors it names, until it answers the status. */
    private static String eventually(Supplier<Response> request, int status) {
        String[] id = new String[1];
        Eventually.holds(() -> {
            Response response = request.get();
            id[0] = response.statusCode() == status ? response.path("id") : null;
            return response.statusCode() == status;
        }, LEARNING);
        return id[0];
    }

    private static String eventually(Supplier<Response> request) {
        return eventually(request, 201);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
