package org.maillage.diagnostics.indicators.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

/** The demo dataset is off in tests; this test loads it on purpose. */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class DemoDatasetTest {

    @Inject
    DemoDataset demoDataset;

    @Test
    void loadsOnceAndEveryDiagnosticOnItSaysItIsSynthetic() {
        ImportReport report = demoDataset.loadIfMissing();
        if (report != null) {
            assertEquals(4 * 34_969, report.created());
        }
        assertNull(demoDataset.loadIfMissing(), "already loaded: not loaded again");

        given().get("/api/v1/indicators/demo_unemployment_rate").then().statusCode(200)
                .body("synthetic", equalTo(true))
                .body("label", endsWith("(SYNTHETIC demo data)"))
                .body("source", startsWith("SYNTHETIC"));
        given().contentType(ContentType.JSON).body("""
                        {"territoryCode": "93", "level": "DEPARTEMENT", "period": "2024",
                         "reference": {"type": "PARENT", "level": "REGION"}}""")
                .post("/api/v1/diagnostics")
                .then().statusCode(201)
                .body("synthetic", equalTo(true))
                .body("warning", startsWith("SYNTHETIC demo data"))
                .body("indicators", hasSize(4))
                .body("indicators.synthetic", everyItem(equalTo(true)))
                .body("indicators[0].peerCount", equalTo(101))
                .body("comparison.referenceName", equalTo("Île-de-France"));
    }
}
