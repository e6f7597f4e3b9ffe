package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class ConcurrentWriteMappingTest {

    @Test
    void aLostOptimisticLockRaceIsA409ProblemNotA500() {
        for (String kind : new String[] {"jpa", "hibernate"}) {
            given().when().get("/probe/concurrency/" + kind)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://maillage.org/problems/conflict"))
                    .body("detail", containsString("changed by another request"))
                    .body(not(containsString("Probe#1")));
        }
    }
}
