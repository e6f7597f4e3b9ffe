package org.maillage.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.e2e.tenancy.Partners;
import org.maillage.local.LocalSuite;

/**
 * Spreading what works, through the gateway with partners' own keys: an alliance measures an objective's result,
 * is refused replication until that result reaches the target, is then started again in another territory by
 * another organisation, and both read the lineage they share.
 */
@ExtendWith(SharedSuite.class)
class ReplicationJourneyTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void useSuite() {
        LocalSuite suite = SharedSuite.throughGateway();
    }

    @Test
    void aProvenAllianceIsStartedAgainElsewhere() {
        Partners partners = new Partners(SharedSuite.suite());
        Partners.Partner lead = partners.create("Pilote de la Dombes", "ASSOCIATION");
        Partners.Partner member = partners.create("Commune de la Dombes", "LOCAL_AUTHORITY");
        Partners.Partner newcomer = partners.create("Centre social de Bourg", "ASSOCIATION");
        String source = partners.proposedByAdmin("Inclusion numérique de la Dombes", lead, member);
        String path = "/api/v1/alliances/" + source;

        String objective = lead.call().contentType(MERGE_PATCH).body("""
                        {"type":"SOCIETAL_INNOVATION","territories":["01004"],"themes":["DIGITAL_INCLUSION"],
                         "objectives":[{"title":"Fewer people excluded","indicator":"demo_digital_exclusion_rate",
                         "baseline":30,"target":20,"dueDate":"2027-06-30"}]}""")
                .patch(path).then().statusCode(200).extract().path("objectives[0].id");
        String result = path + "/objectives/" + objective + "/result";
        Map<String, Object> measured = Map.of("value", 18, "measuredOn", "2026-06-30");

        member.json(measured).put(result).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].code", equalTo("NotActing"));
        transition(lead, path, "SCOPING");
        transition(lead, path, "BUILDING");
        pledge(lead, path);
        pledge(member, path);
        transition(lead, path, "AGREED");
        transition(lead, path, "ACTIVE");

        Map<String, Object> elsewhere = Map.of("territories", List.of("01053"));
        newcomer.json(elsewhere).post(path + "/replications").then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].code", equalTo("NotProven"));
        member.json(measured).put(result).then().statusCode(200)
                .body("objectives[0].result.reached", equalTo(true));
        newcomer.json(Map.of("territories", List.of("01004"))).post(path + "/replications").then().statusCode(422)
                .body("errors[0].code", equalTo("SourceTerritory"));

        String replica = Created.eventually(() -> newcomer.json(elsewhere).post(path + "/replications"),
                "alliances-service did not learn the newcomer's organisation");
        newcomer.call().get("/api/v1/alliances/" + replica).then().statusCode(200)
                .body("replicatedFrom", equalTo(source))
                .body("state", equalTo("EMERGING"))
                .body("members[0].actorId", equalTo(newcomer.organisationId()))
                .body("objectives[0].indicator", equalTo("demo_digital_exclusion_rate"));

        for (Partners.Partner reader : List.of(lead, newcomer)) {
            reader.call().get("/api/v1/alliances/" + replica + "/lineage").then().statusCode(200)
                    .body("root.id", equalTo(source))
                    .body("root.objectives[0].result.reached", equalTo(true))
                    .body("root.replications[0].id", equalTo(replica))
                    .body("root.replications[0].replicatedFrom", equalTo(source));
        }
        lead.call().get("/api/v1/alliances/" + UUID.randomUUID() + "/lineage").then().statusCode(404)
                .contentType(PROBLEM);
    }

    private static void transition(Partners.Partner lead, String path, String to) {
        lead.json(Map.of("to", to)).post(path + "/transitions").then().statusCode(200);
    }

    private static void pledge(Partners.Partner member, String path) {
        member.json(Map.of("memberActorId", member.organisationId(), "kind", "SKILLS", "amount", 10,
                "unit", "person-days")).post(path + "/commitments").then().statusCode(201);
    }
}
