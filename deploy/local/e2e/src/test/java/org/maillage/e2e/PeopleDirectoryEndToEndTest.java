package org.maillage.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;

/**
 * A territorial catalyst looking for its counterparts through the gateway: the catalysts and mediators of the
 * organisations acting in Seine-Saint-Denis, whichever organisation registered them, with their contact data only
 * where they consented.
 */
@ExtendWith(SharedSuite.class)
class PeopleDirectoryEndToEndTest {

    private static final String DIRECTORY = "/api/v1/people";
    private static final String PROBLEM = "application/problem+json";
    private static LocalSuite suite;

    @BeforeAll
    static void useSuite() {
        suite = SharedSuite.throughGateway();
    }

    @Test
    void aCatalystFindsTheCatalystsAndMediatorsOfADepartement() {
        String tag = tag();
        Partner saintDenis = partner(register("Maison des associations de Saint-Denis", "ASSOCIATION",
                "{\"code\":\"93066\"}"), "actors:read", "actors:write");
        Partner departement = partner(register("Conseil départemental", "LOCAL_AUTHORITY",
                "{\"level\":\"DEPARTEMENT\",\"code\":\"93\"}"), "actors:read", "actors:write");
        Partner ain = partner(register("Centre social de Bourg", "ASSOCIATION", "{\"code\":\"01053\"}"),
                "actors:read", "actors:write");

        // Each organisation registers its own people with its own key.
        String helene = saintDenis.add("{\"name\":\"Hélène Dupont " + tag + "\",\"email\":\"helene@example.org\","
                + "\"professions\":[\"TERRITORIAL_CATALYST\"],\"contactConsent\":true}");
        String yacine = departement.add("{\"name\":\"Yacine Benali " + tag + "\",\"jobTitle\":\"Médiateur "
                + "inter-structures\",\"professions\":[\"INTER_ORGANISATION_MEDIATOR\"]}");
        departement.add("{\"name\":\"Claire Morel " + tag + "\",\"professions\":[\"OTHER\"]}");
        ain.add("{\"name\":\"Hélène Girard " + tag + "\",\"professions\":[\"TERRITORIAL_CATALYST\"]}");

        // The catalyst of the Ain looks across organisations with its own key.
        ain.search(tag).get(DIRECTORY).then().statusCode(200)
                .body("items.id", equalTo(List.of(helene, yacine)))
                .body("items[0].actorId", equalTo(saintDenis.organisation()))
                .body("items[0].email", equalTo("helene@example.org"))
                .body("items[1].actorId", equalTo(departement.organisation()))
                .body("items[1]", not(hasKey("email")))
                .body("$", not(hasKey("nextCursor")));
        Response first = ain.search(tag).queryParam("limit", 1).get(DIRECTORY).then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("items.id", equalTo(List.of(helene)))
                .extract().response();
        ain.search(tag).queryParam("limit", 1).queryParam("cursor", first.path("nextCursor").toString()).get(DIRECTORY)
                .then().statusCode(200).body("items.id", equalTo(List.of(yacine))).body("$", not(hasKey("nextCursor")));
        ain.call().queryParam("q", "helene " + tag).get(DIRECTORY).then().statusCode(200).body("items.size()", equalTo(2));

        // Refused: a key that does not read the registry, a profession the suite does not know, a territory outside
        // the reference; and the directory gives no right to change another organisation's people.
        Partner alliancesOnly = partner(ain.organisation(), "alliances:read");
        alliancesOnly.call().queryParam("territory", "93").get(DIRECTORY).then().statusCode(403).contentType(PROBLEM);
        ain.call().queryParam("profession", "CATALYST").get(DIRECTORY).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("profession"))
                .body("detail", containsString("TERRITORIAL_CATALYST"));
        ain.call().queryParam("territory", "99").get(DIRECTORY).then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("territory"));
        ain.call().contentType("application/merge-patch+json; charset=UTF-8").body("{\"jobTitle\":\"x\"}")
                .patch("/api/v1/actors/" + saintDenis.organisation() + "/people/" + helene).then().statusCode(403);
    }

    private record Partner(String organisation, String key) {

        RequestSpecification call() {
            return as(key);
        }

        /** The catalysts and mediators of Seine-Saint-Denis whose name holds the tag. */
        RequestSpecification search(String tag) {
            return call().queryParam("territory", "93")
                    .queryParam("profession", "TERRITORIAL_CATALYST", "INTER_ORGANISATION_MEDIATOR").queryParam("q", tag);
        }

        String add(String person) {
            return call().contentType(ContentType.JSON).body(person).post("/api/v1/actors/" + organisation + "/people")
                    .then().statusCode(201).extract().path("id");
        }
    }

    private static String register(String name, String kind, String territory) {
        return asAdmin().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"territories\":[" + territory + "]}")
                .post("/api/v1/actors").then().statusCode(201).extract().path("id");
    }

    private static Partner partner(String organisation, String... scopes) {
        String secret = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Annuaire " + organisation, "organisationId", organisation, "scopes", List.of(scopes)))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");
        return new Partner(organisation, secret);
    }

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key);
    }

    private static RequestSpecification asAdmin() {
        return as(suite.adminApiKey());
    }

    /** A word of letters only, so that the search reads it as one word no other test uses. */
    private static String tag() {
        StringBuilder tag = new StringBuilder("zq");
        new Random().ints(10, 'a', 'z' + 1).forEach(c -> tag.append((char) c));
        return tag.toString();
    }
}
