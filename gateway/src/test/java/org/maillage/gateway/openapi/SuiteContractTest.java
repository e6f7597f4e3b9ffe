package org.maillage.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.config.GatewayConfig;
import org.maillage.gateway.routing.RouteTable;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.OpenApiContract;

/**
 * The suite's public contract, committed at gateway/src/main/openapi/openapi.json: the merge of the services'
 * committed contracts with the gateway's own document, made by the code that serves /openapi. A change of any
 * service contract or gateway endpoint fails here until the merged file is regenerated
 * ({@code -Dmaillage.openapi.update=true}) and committed; clients are generated from that file.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class SuiteContractTest {

    /** The contract names the public production address; a running gateway names the one it is configured with. */
    static final String PUBLIC_SERVER_URL = "https://api.maillage.org";
    static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SuiteContract contract;
    @Inject
    GatewayDocument gatewayDocument;
    @Inject
    RouteTable routes;
    @Inject
    GatewayConfig config;

    @Test
    void committedContractIsTheMergeOfTheCommittedServiceContracts() throws IOException {
        OpenApiContract.assertUnchanged(JSON.writeValueAsString(merged()), COMMITTED);
    }

    @Test
    void everyOperationHasAUniqueIdAndADeclaredTag() throws IOException {
        ObjectNode document = merged();
        Set<String> declared = new HashSet<>();
        document.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        Map<String, String> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String where = operation.getKey().toUpperCase() + " " + path.getKey();
            if (!operation.getValue().isObject() || !operation.getValue().has("responses")) {
                return;
            }
            String id = operation.getValue().path("operationId").asText("");
            if (id.isEmpty()) {
                problems.add(where + " has no operationId");
            } else if (ids.put(id, where) != null) {
                problems.add(where + " reuses operationId " + id + " of " + ids.get(id));
            }
            JsonNode tags = operation.getValue().path("tags");
            if (tags.isEmpty()) {
                problems.add(where + " has no tag");
            }
            tags.forEach(tag -> {
                if (!declared.contains(tag.asText())) {
                    problems.add(where + " uses the undeclared tag " + tag.asText());
                }
            });
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(ids.isEmpty());
    }

    @Test
    void namesThePublicHttpsServer() throws IOException {
        assertEquals(PUBLIC_SERVER_URL, merged().at("/servers/0/url").asText());
    }

    private ObjectNode merged() throws IOException {
        List<SuiteContract.ServiceDocument> services = new ArrayList<>();
        for (var upstream : routes.upstreams()) {
            Path file = REPOSITORY.resolve(upstream.name() + "-service/src/main/openapi/openapi.json");
            services.add(new SuiteContract.ServiceDocument(upstream,
                    new SourceDocument(upstream.name(), (ObjectNode) JSON.readTree(file.toFile()))));
        }
        DocumentInfo info = DocumentInfo.of(config.openapi()).withServer(PUBLIC_SERVER_URL, "Production");
        return contract.assemble(info, gatewayDocument.get(), services, List.of()).document();
    }
}
