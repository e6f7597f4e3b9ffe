package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;
import org.maillage.local.Service;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.TopicReader;

/** The packaged suite, started as deploy/local/start starts it, driven through the gateway only. */
@ExtendWith(SharedSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndTest {

    private static final Duration EVENT_TRAVEL = Duration.ofSeconds(60);
    private static LocalSuite suite;

    @BeforeAll
    static void useSuite() {
        suite = SharedSuite.suite();
        RestAssured.baseURI = suite.gatewayUrl().toString();
        RestAssured.port = suite.gatewayUrl().getPort();
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-API-Key", suite.adminApiKey()).build();
    }

    @Test
    @Order(1)
    void allianceIsAcceptedOnceTheActorEventsHaveTravelled() {
        String association = registerActor("Les Restos du Bugey", "ASSOCIATION");
        String town = registerActor("Ville d'Ambérieu-en-Bugey", "LOCAL_AUTHORITY");

        String allianceId = proposeWhenKnown(association, town);
        given().when().get("/api/v1/alliances/" + allianceId)
                .then().statusCode(200)
                .body("state", equalTo("EMERGING"))
                .body("members.size()", equalTo(2));
    }

    @Test
    @Order(2)
    void allianceNamingAnUnknownActorIsRejected() {
        String known = registerActor("Fondation Rhône-Alpes", "FOUNDATION");
        String unknown = UUID.randomUUID().toString();
        proposeWhenKnown(known, known);

        given().contentType(ContentType.JSON).body(proposal(known, unknown))
                .when().post("/api/v1/alliances")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(unknown))
                .body("errors[0].field", equalTo("members[1].actorId"));
    }

    @Test
    @Order(3)
    void territoryComesFromTheRealReference() {
        given().when().get("/api/v1/territories/75056")
                .then().statusCode(200)
                .body("name", equalTo("Paris"))
                .body("level", equalTo("COMMUNE"));
    }

    @Test
    @Order(3)
    void conversationsAreFoundByTheTerritoriesContainingTheirDiagnostics() {
        // The demo data of the Aude (département 11, région Occitanie 76) shows fragilities to debate.
        String diagnostic = given().contentType(ContentType.JSON)
                .body("{\"territoryCode\":\"11\",\"level\":\"DEPARTEMENT\",\"period\":\"2024\"}")
                .when().post("/api/v1/diagnostics").then().statusCode(201).extract().path("id");
        String participant = registerActor("Centre social de Limoux", "ASSOCIATION");
        String conversation = openWhenKnown(diagnostic, participant);

        given().when().get("/api/v1/conversations?territory=REGION:76&diagnostic=" + diagnostic)
                .then().statusCode(200)
                .body("items.id", contains(conversation))
                .body("items[0].state", equalTo("OPEN"))
                .body("items[0].diagnosticState", equalTo("IN_CONVERSATION"));
        given().when().get("/api/v1/conversations?territory=REGION:84&diagnostic=" + diagnostic)
                .then().statusCode(200).body("items", empty());
        given().when().get("/api/v1/conversations?state=open")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("state"));
    }

    @Test
    @Order(4)
    void mergedContractListsTheOperationsOfEveryService() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/actors"))
                .body("paths", hasKey("/api/v1/alliances"))
                .body("paths", hasKey("/api/v1/territories/{code}"));
    }

    @Test
    @Order(4)
    void servicesReachedAroundTheGatewayRefuseTheCall() {
        for (Service service : Service.backends()) {
            given().spec(new RequestSpecBuilder().build()).baseUri(suite.serviceUrl(service).toString())
                    .port(suite.serviceUrl(service).getPort())
                    .header("X-API-Key", suite.adminApiKey())
                    .when().get(service == Service.ACTORS ? "/api/v1/actors" : service == Service.ALLIANCES
                            ? "/api/v1/alliances" : "/api/v1/territories")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    @Order(5)
    void writeDuringAKafkaOutageIsAcceptedAndItsEventArrivesOnceKafkaIsBack() throws Exception {
        suite.stopKafka();
        String actorId;
        try {
            actorId = registerActor("Université Lyon 2", "ACADEMIC");
        } finally {
            suite.startKafka();
        }
        String partner = registerActor("Entreprise du Bugey", "COMPANY");
        proposeWhenKnown(actorId, partner);

        // Nothing applied twice: the registry published exactly one event for the actor.
        Thread.sleep(2000);
        long published = TopicReader.readUntil(suite.kafkaBootstrapServers(), "maillage.actors.v1",
                        records -> false, Duration.ofSeconds(5)).stream()
                .filter(r -> actorId.equals(r.key())).count();
        assertEquals(1, published, "one event for the actor written during the outage");
    }

    private static String registerActor(String name, String kind) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}")
                .when().post("/api/v1/actors")
                .then().statusCode(201).extract().path("id");
    }

    /** Alliances learn actors from events: retry until the projection has them, as a client would. */
    private static String proposeWhenKnown(String lead, String partner) {
        String[] created = new String[1];
        boolean accepted = Eventually.holds(() -> {
            var response = given().contentType(ContentType.JSON).body(proposal(lead, partner))
                    .when().post("/api/v1/alliances").then().extract();
            if (response.statusCode() == 201) {
                created[0] = response.path("id");
                return true;
            }
            assertEquals(422, response.statusCode(), response.asString());
            return false;
        }, EVENT_TRAVEL);
        assertTrue(accepted, "alliance accepted once the actor events arrived");
        return created[0];
    }

    /** Diagnostics learns actors from events too: retry until the participant is known. */
    private static String openWhenKnown(String diagnostic, String participant) {
        String[] created = new String[1];
        boolean opened = Eventually.holds(() -> {
            var response = given().contentType(ContentType.JSON).body("""
                            {"diagnosticId":"%s","heldOn":"2026-03-14","facilitator":{"name":"Camille Martin"},
                             "participants":["%s"]}""".formatted(diagnostic, participant))
                    .when().post("/api/v1/conversations").then().extract();
            if (response.statusCode() == 201) {
                created[0] = response.path("id");
                return true;
            }
            assertEquals(422, response.statusCode(), response.asString());
            return false;
        }, EVENT_TRAVEL);
        assertTrue(opened, "conversation opened once the participant's event arrived");
        return created[0];
    }

    private static String proposal(String lead, String partner) {
        return """
                {"name":"Inclusion numérique du Bugey","members":[{"actorId":"%s","role":"LEAD"},{"actorId":"%s","role":"PARTNER"}]}"""
                .formatted(lead, partner);
    }
}
