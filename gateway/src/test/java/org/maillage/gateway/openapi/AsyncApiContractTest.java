package org.maillage.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.OpenApiContract;
import org.maillage.vocabulary.events.EventCatalogue;

/**
 * The AsyncAPI document of the events, committed at gateway/src/main/asyncapi/asyncapi.json: the document
 * /asyncapi serves, made from the event catalogue. A change of the catalogue fails here until the file is
 * regenerated ({@code -Dmaillage.openapi.update=true}) and committed.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class AsyncApiContractTest {

    static final Path COMMITTED = Path.of("src/main/asyncapi/asyncapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AsyncApiDocument document;
    @Inject
    EventCatalogue catalogue;

    @Test
    void committedDocumentIsTheServedOne() throws IOException {
        OpenApiContract.assertUnchanged(JSON.writeValueAsString(document.get()), COMMITTED);
    }

    @Test
    void servedInJsonAndYamlToAnyoneWithinTheAddressLimit() throws IOException {
        Response json = given().get("/asyncapi");
        assertEquals(200, json.statusCode());
        assertEquals(document.get(), JSON.readTree(json.asString()));
        assertNotNull(json.header("RateLimit-Remaining"));
        Response yaml = given().get("/asyncapi.yaml");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.contentType().startsWith(MergedOpenApiResource.YAML), yaml.contentType());
        assertEquals(document.get(), new YAMLMapper().readTree(yaml.asString()));
    }

    @Test
    void everyEventTypeIsAMessageOfItsTopicWithItsDataSchema() {
        JsonNode async = document.get();
        List<String> problems = new ArrayList<>();
        for (EventCatalogue.EventType event : catalogue.types()) {
            String channel = event.topic().replace('.', '-');
            JsonNode message = async.at("/components/messages/" + event.componentName());
            if (!async.at("/channels/" + channel + "/address").asText().equals(event.topic())
                    || !async.at("/channels/" + channel + "/messages").has(event.componentName())) {
                problems.add(event.type() + " is not a message of the channel of " + event.topic());
            }
            if (!message.path("name").asText().equals(event.type())
                    || !message.at("/headers/properties/ce_type/const").asText().equals(event.type())) {
                problems.add(event.type() + ": the message does not name its type");
            }
            String payload = message.at("/payload/$ref").asText();
            if (!async.at(payload.substring(1)).equals(EventSchemas.data(event))) {
                problems.add(event.type() + ": the payload is not the catalogue's data schema");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
