package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;
import org.maillage.testsupport.Eventually;
import org.maillage.e2e.tenancy.Partners;
import org.maillage.testsupport.TopicReader;

/**
 * The changes the other end-to-end classes do not make — an alliance's lifecycle, members leaving, a mediator,
 * commitments settled, amended, confirmed and declined, an invitation declined, milestones rescheduled and reached,
 * people removed and erased, diagnostics published and superseded, a merge — so that EventCatalogueTest, which runs
 * next, checks their events too.
 */
@ExtendWith(SharedSuite.class)
@Order(Integer.MAX_VALUE - 2)
class EventJourneyTest {

    private static final Duration PROJECTION = Duration.ofSeconds(60);
    private static final String MERGED = "org.maillage.actor.merged.v1";

    private static String adminKey;

    @BeforeAll
    static void useSuite() {
        LocalSuite suite = SharedSuite.throughGateway();
        adminKey = suite.adminApiKey();
    }

    @Test
    void everyKindOfChangeTheOtherClassesDoNotMake() {
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
        answers(200, () -> admin().delete(path + "/members/" + funder));
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
        answers(200, () -> admin().post(path + "/milestones/" + milestone + "/reached"));

        String people = "/api/v1/actors/" + lead + "/people/";
        String removed = created(json(Map.of("name", "Camille Martin")).post(people));
        answers(200, () -> admin().delete(people + removed));
        String erased = created(json(Map.of("name", "Dominique Bernard")).post(people));
        answers(200, () -> admin().post(people + erased + "/erasure"));

        betweenPartnerOrganisations();
        Partners partners = new Partners(SharedSuite.suite());
        Partners.Partner steward = partners.create("Agence de développement de Seine-Saint-Denis", "PUBLIC_INSTITUTION");
        Partners.Partner participant = partners.create("Maison de quartier de Bobigny", "ASSOCIATION");
        publishedWithItsPriorities(partners, steward, participant);
        publishedWithItsPriorities(partners, steward, participant);

        String duplicate = registerActor("Centre social du Valromey (doublon)", "ASSOCIATION");
        answers(200, () -> json(Map.of("absorbedId", duplicate)).post("/api/v1/actors/" + lead + "/merge"));

        // The last change's event is on its topic before EventCatalogueTest reads the topics to their end.
        Predicate<ConsumerRecord<String, byte[]>> merge = record -> lead.equals(record.key())
                && record.headers().lastHeader("ce_type") != null
                && MERGED.equals(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        assertTrue(TopicReader.readUntil(SharedSuite.suite().kafkaBootstrapServers(), "maillage.actors.v1",
                records -> records.stream().anyMatch(merge), PROJECTION).stream().anyMatch(merge),
                "the merge's event reached the actors topic");
    }

    /** What only a member's own key does: answer an invitation, or a commitment the lead proposed for it. */
    private static void betweenPartnerOrganisations() {
        Partners partners = new Partners(SharedSuite.suite());
        Partners.Partner lead = partners.create("Pilote du Revermont", "ASSOCIATION");
        Partners.Partner member = partners.create("Commune du Revermont", "LOCAL_AUTHORITY");
        Partners.Partner invited = partners.create("Fondation du Revermont", "FOUNDATION");
        String path = "/api/v1/alliances/" + partners.proposedByAdmin("Alimentation du Revermont", lead, member);

        String confirmed = created(lead.json(commitment(member.organisationId(), 3)).post(path + "/commitments"));
        answers(200, () -> member.call().post(path + "/commitments/" + confirmed + "/confirmation"));
        String declined = created(lead.json(commitment(member.organisationId(), 4)).post(path + "/commitments"));
        answers(200, () -> member.call().post(path + "/commitments/" + declined + "/decline"));

        answers(201, () -> lead.json(member(invited.organisationId(), "PARTNER")).post(path + "/members"));
        answers(200, () -> invited.call().post(path + "/members/" + invited.organisationId() + "/refusal"));
    }

    /**
     * A diagnostic of the territory, its conversation (a verdict on every fragility found in the data, one added,
     * a ranking) and the adoption that publishes it, superseding the territory's previous one.
     */
    private static void publishedWithItsPriorities(Partners partners, Partners.Partner steward,
                                                   Partners.Partner participant) {
        String diagnostic = created(steward.json(Map.of("territoryCode", "93", "level", "DEPARTEMENT", "period", "2024"))
                .post("/api/v1/diagnostics"));
        String path = "/api/v1/conversations/" + partners.openedBy(steward, diagnostic, participant);
        List<String> candidates = new ArrayList<>(steward.call().get("/api/v1/diagnostics/" + diagnostic)
                .then().statusCode(200).extract().<List<String>>path("fragilities.findAll { it.origin == 'DATA' }.id"));
        candidates.forEach(fragility -> answers(200, () -> steward.json(Map.of("verdict", "CONFIRMED"))
                .put(path + "/verdicts/" + fragility)));
        candidates.add(steward.json(Map.of("title", "Pas de bus le dimanche", "theme", "MOBILITY",
                "proposedBy", steward.organisationId())).post(path + "/fragilities")
                .then().statusCode(201).extract().path("id"));
        answers(200, () -> steward.json(Map.of("fragilityIds", candidates))
                .put(path + "/rankings/" + steward.organisationId()));
        // The conversation resource consumes JSON on every operation, so the bodiless adoption names it too.
        answers(200, () -> steward.call().contentType(ContentType.JSON).post(path + "/adoption"));
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

    private static RequestSpecification admin() {
        return given().header("X-API-Key", adminKey);
    }

    private static RequestSpecification json(Object body) {
        return admin().contentType(ContentType.JSON).body(body);
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
