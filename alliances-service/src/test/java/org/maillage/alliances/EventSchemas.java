package org.maillage.alliances;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.maillage.commons.events.Topics;
import org.maillage.testsupport.TopicReader;
import org.maillage.vocabulary.events.EventCatalogue;

/** Events of the alliances topic read back from Kafka, and checked against the catalogue's schema of their type. */
final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private EventSchemas() {
    }

    /** The data of every event of that type about the alliance, once at least count are on the topic. */
    static List<JsonNode> published(String bootstrapServers, String allianceId, String type, int count) {
        var records = TopicReader.readUntil(bootstrapServers, Topics.ALLIANCES,
                rs -> rs.stream().filter(r -> matches(r, allianceId, type)).count() >= count, Duration.ofSeconds(30));
        return records.stream().filter(r -> matches(r, allianceId, type)).map(r -> valid(type, r)).toList();
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, String allianceId, String type) {
        return allianceId.equals(record.key()) && record.headers().lastHeader("ce_type") != null
                && type.equals(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
    }

    private static JsonNode valid(String type, ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode data = JSON.readTree(record.value());
            var schema = EventCatalogue.load().types().stream().filter(t -> t.type().equals(type)).findFirst()
                    .orElseThrow(() -> new AssertionError(type + " is not in the catalogue")).dataSchema();
            assertEquals(List.of(), SCHEMAS.getSchema(schema, STRICT).validate(data).stream()
                    .map(Object::toString).toList(), type + " " + data);
            return data;
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON", e);
        }
    }
}
