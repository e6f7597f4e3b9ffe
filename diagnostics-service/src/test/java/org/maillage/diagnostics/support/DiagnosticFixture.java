package org.maillage.diagnostics.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * A small fixture whose figures are checked by hand in the tests, period 2015. The ten communes of the CA du Pays
 * Ajaccien (EPCI 242010056, département 2A) and Bastia (2B033, département 2B):
 *
 * <pre>
 * commune                  population  fx_rate  fx_good  fx_old
 * 2A001 Afa                     3 350       10        4       1
 * 2A004 Ajaccio                76 320       20       10       2
 * 2A006 Alata                   3 681       12        6       3
 * 2A017 Appietto                1 749        8        2       4
 * 2A103 Cuttoli-Corticchiato    2 060       14        5       5
 * 2A209 Peri                    2 044       16        3       6
 * 2A271 Sarrola-Carcopino       3 278       18        8       7
 * 2A323 Tavaco                    414       22        1       8
 * 2A336 Valle-di-Mezzana          537       26        7       9
 * 2A351 Villanova                 402       30        9      10
 * 2B033 Bastia                 46 867       20        -       -
 * </pre>
 * fx_rate: HIGHER_IS_WORSE, POPULATION_WEIGHTED_MEAN; fx_good: HIGHER_IS_BETTER, SUM; fx_old: HIGHER_IS_WORSE, NONE.
 */
public final class DiagnosticFixture {

    public static final String PERIOD = "2015";
    /** Reads JSON decimals as doubles, so that closeTo applies. */
    public static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    private static final String CSV = """
            CODGEO;fx_rate;fx_good;fx_old
            2A001;10;4;1
            2A004;20;10;2
            2A006;12;6;3
            2A017;8;2;4
            2A103;14;5;5
            2A209;16;3;6
            2A271;18;8;7
            2A323;22;1;8
            2A336;26;7;9
            2A351;30;9;10
            2B033;20;;
            """;

    private DiagnosticFixture() {
    }

    public static synchronized void load() {
        if (given().get("/api/v1/indicators/fx_rate").statusCode() == 200) {
            return;
        }
        Fixtures.indicator("fx_rate", "HIGHER_IS_WORSE", "POPULATION_WEIGHTED_MEAN", "EMPLOYMENT");
        Fixtures.indicator("fx_good", "HIGHER_IS_BETTER", "SUM", "EDUCATION");
        Fixtures.indicator("fx_old", "HIGHER_IS_WORSE", "NONE", "AGEING");
        Fixtures.csvImport(CSV, PERIOD);
    }

    /** Diagnoses a territory on the fixture; returns the response body path root. */
    public static String diagnose(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/diagnostics")
                .then().statusCode(201).extract().path("id");
    }
}
