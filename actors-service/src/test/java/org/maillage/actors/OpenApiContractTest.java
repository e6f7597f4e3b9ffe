package org.maillage.actors;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.OpenApiContract;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void generatedContractIsTheCommittedOne() {
        String generated = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        OpenApiContract.assertUnchanged(generated, Path.of("src/main/openapi/openapi.json"));
    }
}
