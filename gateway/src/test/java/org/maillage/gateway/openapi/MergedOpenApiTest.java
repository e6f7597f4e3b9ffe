package org.maillage.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.InjectStubUpstreams;
import org.maillage.gateway.support.StubUpstreams;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class MergedOpenApiTest {

    @InjectStubUpstreams
    StubUpstreams stubs;

    @Test
    void documentsEveryServiceAndTheGatewayInOneDocument() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("openapi", startsWith("3."))
                .body("info.title", equalTo("Maillage API"))
                .body("info.version", equalTo("0.1.0"))
                .body("servers[0].url", equalTo("http://localhost:8080"))
                .body("paths", allOf(hasKey("/api/v1/actors"), hasKey("/api/v1/actors/{id}"),
                        hasKey("/api/v1/alliances"), hasKey("/api/v1/territories/{code}"),
                        hasKey("/api/v1/diagnostics"), hasKey("/openapi"), hasKey("/openapi.yaml")))
                .body("paths.'/api/v1/actors'.get.operationId", equalTo("listActors"))
                .body("tags.name", hasItems("Actors", "Alliances", "Territories", "Diagnostics", "Documentation"))
                .body("components.schemas", allOf(hasKey("Actor"), hasKey("Alliance"), hasKey("Diagnostic"),
                        hasKey("Problem"), hasKey("FieldError")))
                .body("$", not(hasKey("x-maillage-degraded")));
    }

    @Test
    void leavesOutPathsTheGatewayRoutesToAnotherService() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("paths", not(hasKey("/api/v1/actors/{id}/alliances")));
    }

    @Test
    void keepsASchemaSharedByServicesOnce() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("components.schemas", allOf(hasKey("ExternalRef"), not(hasKey("ActorsExternalRef"))))
                .body("components.schemas.Alliance.properties.externalRefs.items.'$ref'",
                        equalTo("#/components/schemas/ExternalRef"));
    }

    @Test
    void givesClashingSchemasOneNamePerServiceAndReportsIt() {
        given().get("/openapi")
                .then()
                .statusCode(200)
                .body("components.schemas", allOf(hasKey("ActorsStatus"), hasKey("AlliancesStatus"),
                        not(hasKey("Status"))))
                .body("components.schemas.Actor.properties.status.'$ref'",
                        equalTo("#/components/schemas/ActorsStatus"))
                .body("components.schemas.Alliance.properties.status.'$ref'",
                        equalTo("#/components/schemas/AlliancesStatus"))
                .body("'x-maillage-clashes'.component", contains("schemas/Status"))
                .body("'x-maillage-clashes'[0].renamedTo.actors", equalTo("ActorsStatus"))
                .body("'x-maillage-clashes'[0].renamedTo.alliances", equalTo("AlliancesStatus"));
    }

    @Test
    void servesWhatItHasWhenAServiceIsDown() {
        stubs.stop("diagnostics");
        try {
            given().get("/openapi")
                    .then()
                    .statusCode(200)
                    .body("paths", allOf(hasKey("/api/v1/actors"), hasKey("/api/v1/alliances"),
                            not(hasKey("/api/v1/diagnostics"))))
                    .body("'x-maillage-degraded'[0].service", equalTo("diagnostics"))
                    .body("'x-maillage-degraded'[0].reason", equalTo("unreachable"))
                    .body("info.description", containsString("missing: diagnostics (unreachable)"));
        } finally {
            stubs.restart("diagnostics");
        }
        given().get("/openapi").then().statusCode(200).body("paths", hasKey("/api/v1/diagnostics"));
    }

    @Test
    void servesTheSameDocumentInYaml() {
        given().get("/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .body(allOf(containsString("title: \"Maillage API\""), containsString("/api/v1/alliances:")));
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("url: '/openapi'"));
    }
}
