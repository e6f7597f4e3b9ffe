package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;
import org.maillage.local.test.Eventually;

/**
 * The changes the other end-to-end classes do not make — an alliance's lifecycle, members leaving, a mediator,
 * commitments settled and amended, milestones rescheduled and reached, people removed and erased, a merge — so that
 * EventCatalogueTest, which runs next, checks their events against the catalogue too.
 */
@ExtendWith(SharedSuite.class)
@Order(Integer.MAX_VALUE - 1)
class EventJourneyTest {

    private static final Duration PROJECTION = Duration.ofSeconds(60);

    @BeforeAll
    static void useSuite() {
        LocalSuite suite = SharedSuite.suite();
        RestAssured.baseURI = suite.gatewayUrl().toString();
        RestAssured.port = suite.gatewayUrl().getPort();
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-API-Key", suite.adminApiKey()).build();
    }

    @Test
    void anAllianceFromProposalToDeliveryAndARegistryTidiedUp() {
        String lead = registerActor("Centre social du Valromey", "ASSOCIATION");
        String partner = registerActor("Transports du Valromey", "COMPANY");
        String funder = registerActor("Fondation du Valromey", "FOUNDATION");
        String mediator = registerActor("Cabinet de médiation de l'Ain", "CONSULTANCY");
        String alliance = Created.eventually(() -> json(Map.of("name", "Mobilité solidaire du Valromey",
                "members", new Object[] {member(lead, "LEAD"), member(partner, "PARTNER"), member(funder, "FUNDER")}))
                .post("/api/v1/alliances"), "the alliance was not accepted once its members were known");
        String path = "/api/v1/alliances/" + alliance;

        answers(200, () -> json(Map.of("to", "SCOPING", "reason", "Needs mapped")).post(path + "/transitions"));
        answers(201, () -> json(member(funder, "EVALUATOR")).post(path + "/members"));
        answers(200, () -> given().delete(path + "/members/" + funder));
        answers(200, () -> json(Map.of("actorId", mediator)).put(path + "/mediator"));

        String delivered = created(json(commitment(partner, 20)).post(path + "/commitments"));
        answers(200, () -> json(commitment(partner, 25)).put(path + "/commitments/" + delivered));
        answers(200, () -> json(Map.of("status", "DELIVERED")).put(path + "/commitments/" + delivered + "/status"));
        String withdrawn = created(json(commitment(lead, 5)).post(path + "/commitments"));
        answers(200, () -> json(Map.of("status", "WITHDRAWN")).put(path + "/commitments/" + withdrawn + "/status"));

        String milestone = created(json(Map.of("title", "First shuttle", "dueDate", "2027-03-01"))
                .post(path + "/milestones"));
        answers(200, () -> json(Map.of("title", "First shuttle", "dueDate", "2027-04-01"))
                .put(path + "/milestones/" + milestone));
        answers(200, () -> given().post(path + "/milestones/" + milestone + "/reached"));

        String people = "/api/v1/actors/" + lead + "/people/";
        String removed = created(json(Map.of("name", "Camille Martin")).post(people));
        answers(200, () -> given().delete(people + removed));
        String erased = created(json(Map.of("name", "Dominique Bernard")).post(people));
        answers(200, () -> given().post(people + erased + "/erasure"));

        String duplicate = registerActor("Centre social du Valromey (doublon)", "ASSOCIATION");
        answers(200, () -> json(Map.of("absorbedId", duplicate)).post("/api/v1/actors/" + lead + "/merge"));
    }

    private static String registerActor(String name, String kind) {
        return created(json(Map.of("name", name, "kind", kind)).post("/api/v1/actors"));
    }

    private static Map<String, Object> member(String actorId, String role) {
        return Map.of("actorId", actorId, "role", role);
    }

    private static Map<String, Object> commitment(String memberActorId, int days) {
        return Map.of("memberActorId", memberActorId, "kind", "SKILLS", "amount", days, "unit", "person-days");
    }

    private static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    /** The id of what the request created, from its Location. */
    private static String created(Response response) {
        assertEquals(201, response.statusCode(), response.asString());
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Sent again while the service has not learnt yet the actors the request names (a 422 meanwhile). */
    private static void answers(int status, Supplier<Response> request) {
        Response[] last = new Response[1];
        boolean answered = Eventually.holds(() -> {
            last[0] = request.get();
            return last[0].statusCode() != 422;
        }, PROJECTION);
        assertTrue(answered, "still refused: " + last[0].asString());
        assertEquals(status, last[0].statusCode(), last[0].asString());
    }
}
