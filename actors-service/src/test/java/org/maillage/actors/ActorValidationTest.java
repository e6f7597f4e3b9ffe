package org.maillage.actors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.maillage.actors.ActorJson.PROBLEM;
import static org.maillage.actors.ActorJson.post;
import static org.maillage.actors.ActorJson.withIdentifier;
import static org.maillage.actors.ActorJson.withTerritories;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ActorValidationTest {

    @Test
    void sirenAndSiretNeedAValidLuhnCheckDigit() {
        post(withIdentifier("Bad Siren", "COMPANY", "SIREN", "732829321")).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("identifiers[0].value"))
                .body("errors[0].code", equalTo("InvalidIdentifier"));
        post(withIdentifier("Short Siren", "COMPANY", "SIREN", "12345")).then().statusCode(400);
        post(withIdentifier("Bad Siret", "COMPANY", "SIRET", "73282932000075")).then().statusCode(400)
                .body("errors[0].message", containsString("Luhn"));
        post(withIdentifier("Good Siret", "COMPANY", "SIRET", "732 829 320 00074")).then().statusCode(201)
                .body("identifiers[0].value", equalTo("73282932000074"));
    }

    @Test
    void laPosteSiretsFollowTheDigitSumRule() {
        post(withIdentifier("La Poste Bureau", "COMPANY", "SIRET", "35600000049837")).then().statusCode(201);
        post(withIdentifier("La Poste Faux", "COMPANY", "SIRET", "35600000049838")).then().statusCode(400);
    }

    @Test
    void rnaIsForAssociationsAndHasItsFormat() {
        post(withIdentifier("Asso RNA", "ASSOCIATION", "RNA", "w013004567")).then().statusCode(201)
                .body("identifiers[0].value", equalTo("W013004567"));
        post(withIdentifier("Asso RNA courte", "ASSOCIATION", "RNA", "W01300456")).then().statusCode(400)
                .body("errors[0].code", equalTo("InvalidIdentifier"));
        post(withIdentifier("Entreprise RNA", "COMPANY", "RNA", "W013004568")).then().statusCode(400)
                .body("errors[0].code", equalTo("NotAllowedForKind"));
    }

    @Test
    void localAuthorityCodesMustExistInTheReference() {
        post(withIdentifier("Ville d'Ambérieu-en-Bugey", "LOCAL_AUTHORITY", "COG_COMMUNE", "01004")).then().statusCode(201);
        post(withIdentifier("Département de la Seine-Saint-Denis", "LOCAL_AUTHORITY", "COG_DEPARTEMENT", "93"))
                .then().statusCode(201);
        post(withIdentifier("Commune fantôme", "LOCAL_AUTHORITY", "COG_COMMUNE", "01999")).then().statusCode(422)
                .contentType(PROBLEM).body("errors[0].code", equalTo("UnknownTerritory"));
        post(withIdentifier("Asso code", "ASSOCIATION", "COG_COMMUNE", "01005")).then().statusCode(400)
                .body("errors[0].code", equalTo("NotAllowedForKind"));
    }

    @Test
    void unknownTerritoriesAndCommunesAre422() {
        post(withTerritories("Nulle part", "ASSOCIATION", "[{\"code\":\"01004\"},{\"level\":\"EPCI\",\"code\":\"999999999\"}]"))
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("territories[1].code"))
                .body("errors[0].code", equalTo("UnknownTerritory"));
        post("{\"name\":\"Adresse fausse\",\"kind\":\"ASSOCIATION\",\"address\":{\"communeCode\":\"99999\"}}")
                .then().statusCode(422).body("errors[0].field", equalTo("address.communeCode"));
    }

    @Test
    void fieldFormatsAreCheckedTogether() {
        post("{\"name\":\"\",\"kind\":\"ASSOCIATION\",\"email\":\"nope\",\"website\":\"ftp:x\",\"phone\":\"abc\","
                + "\"address\":{\"postalCode\":\"1500\"},\"themes\":[\"EDUCATION\"]}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("website"))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("address.postalCode"));
        post("{\"name\":\"X\",\"kind\":\"ASSOCIATION\",\"themes\":[\"KNITTING\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("themes[0]"));
    }

    @Test
    void unknownPropertyAndMalformedJsonAre400() {
        post("{\"name\":\"X\",\"kind\":\"ASSOCIATION\",\"colour\":\"red\"}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour")).body("errors[0].code", equalTo("UnknownProperty"));
        post("{\"name\":\"X\",").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://maillage.org/problems/malformed-json"));
    }
}
