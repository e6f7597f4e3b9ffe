package org.maillage.diagnostics.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ReadinessTest {

    @Test
    void readyWhenPostgresqlAndKafkaAreUp() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.status", hasItems("UP"));
    }
}
