package org.maillage.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.local.LocalSuite;
import org.maillage.testsupport.TopicReader;
import org.maillage.vocabulary.events.EventCatalogue;

/**
 * Runs after every other end-to-end class (EventJourneyTest just before) and reads every event the run produced
 * from the Kafka topics, from the beginning: each must be of a type the catalogue documents, on its topic, with the binary-mode headers the
 * AsyncAPI document served by the gateway states (key = subject) and data valid against its type's schema. Which
 * types must be seen holds for a run of the whole module, not for a selection of its classes.
 */
@ExtendWith(SharedSuite.class)
@Order(Integer.MAX_VALUE)
class EventCatalogueTest {

    /** Types the end-to-end run does not cause, and why; any other type of the catalogue must be seen. */
    private static final Map<String, String> NOT_EXERCISED = Map.of();
    private static final int MIN_DISTINCT_TYPES = 32;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    @Test
    void everyEventOfTheRunIsDocumentedAndValid() throws Exception {
        LocalSuite suite = SharedSuite.suite();
        EventCatalogue catalogue = EventCatalogue.load();
        JsonNode asyncApi = JSON.readTree(get(suite.gatewayUrl().resolve("/asyncapi")));
        Map<String, JsonSchema> dataSchemas = new HashMap<>();
        Map<String, JsonSchema> headerSchemas = new HashMap<>();
        for (EventCatalogue.EventType event : catalogue.types()) {
            dataSchemas.put(event.type(), SCHEMAS.getSchema(event.dataSchema(), STRICT));
            headerSchemas.put(event.type(), SCHEMAS.getSchema(
                    asyncApi.at("/components/messages/" + event.componentName() + "/headers"), STRICT));
        }

        Map<String, Integer> counts = new TreeMap<>();
        Set<String> undocumented = new TreeSet<>();
        List<String> violations = new ArrayList<>();
        List<String> topics = catalogue.topics().stream().map(EventCatalogue.Topic::name).toList();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readToEnd(suite.kafkaBootstrapServers(), topics, READ_TIMEOUT)) {
            ObjectNode headers = headers(record);
            String type = headers.path("ce_type").asText();
            String where = type + " " + headers.path("ce_id").asText() + " (" + record.topic() + "): ";
            var event = catalogue.find(type);
            if (event.isEmpty()) {
                undocumented.add(type + " on " + record.topic());
                continue;
            }
            counts.merge(type, 1, Integer::sum);
            if (!event.get().topic().equals(record.topic())) {
                violations.add(where + "published on the wrong topic");
            }
            if (!headers.path("ce_subject").asText().equals(record.key())) {
                violations.add(where + "the key " + record.key() + " is not the subject");
            }
            headerSchemas.get(type).validate(headers).forEach(error -> violations.add(where + "header " + error));
            Set<ValidationMessage> errors = dataSchemas.get(type).validate(JSON.readTree(record.value()));
            errors.forEach(error -> violations.add(where + "data " + error));
        }

        System.out.printf("[e2e] events of the run by type (%d types, %d events): %s%n", counts.size(),
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts);
        assertEquals(Set.of(), undocumented, "event types the catalogue does not document");
        assertTrue(violations.isEmpty(), violations.size() + " events do not match the catalogue:\n"
                + String.join("\n", violations.subList(0, Math.min(50, violations.size()))));
        assertTrue(counts.size() >= MIN_DISTINCT_TYPES, "only " + counts.size() + " event types seen");
        Set<String> unexplained = new TreeSet<>();
        catalogue.types().stream().map(EventCatalogue.EventType::type)
                .filter(type -> counts.containsKey(type) == NOT_EXERCISED.containsKey(type))
                .forEach(unexplained::add);
        assertEquals(Set.of(), unexplained, "types neither seen nor listed as not exercised, or listed but seen");
    }

    private static ObjectNode headers(ConsumerRecord<String, byte[]> record) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), uri + " answered " + answer.body());
        return answer.body();
    }
}
