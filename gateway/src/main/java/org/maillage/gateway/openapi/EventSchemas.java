package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.maillage.vocabulary.events.EventCatalogue;

/**
 * The event catalogue's data schemas as the suite's documents carry them: the webhooks section of /openapi and
 * the AsyncAPI document both take them from here, so a partner reads the same schema by either way in.
 */
final class EventSchemas {

    private EventSchemas() {
    }

    /** The component name of an event type's data schema, e.g. ActorRegisteredV1Data. */
    static String dataName(EventCatalogue.EventType event) {
        return event.componentName() + "Data";
    }

    /**
     * The data schema, without the keywords of a standalone schema file: inside a document its place names it,
     * and both OpenAPI 3.1 and AsyncAPI 3 schemas take the rest as it is.
     */
    static ObjectNode data(EventCatalogue.EventType event) {
        ObjectNode schema = event.dataSchema();
        schema.remove("$schema");
        schema.remove("$id");
        return schema;
    }

    /** Every data schema into a document's schema components. */
    static void addDataSchemas(ObjectNode schemas, EventCatalogue catalogue) {
        catalogue.types().forEach(event -> schemas.set(dataName(event), data(event)));
    }

    /**
     * The CloudEvents attributes of an event, each named with the prefix of its binding: none in structured JSON
     * (webhooks), {@code ce_} as Kafka headers in binary mode.
     */
    static void addAttributes(ObjectNode properties, String prefix, EventCatalogue.EventType event, String source) {
        properties.putObject(prefix + "specversion").put("type", "string").put("const", "1.0")
                .put("description", "CloudEvents version");
        properties.putObject(prefix + "id").put("type", "string").put("format", "uuid").put("maxLength", 36)
                .put("description", "Event id, unique per source: dedupe on it (the webhook-id of its deliveries)");
        properties.putObject(prefix + "source").put("type", "string").put("const", source)
                .put("description", "The service that emitted it");
        properties.putObject(prefix + "type").put("type", "string").put("const", event.type())
                .put("description", "Event type");
        properties.putObject(prefix + "subject").put("type", "string").put("format", "uuid").put("maxLength", 36)
                .put("description", event.subject() + ", also the Kafka key: the events of one subject keep their order");
        properties.putObject(prefix + "time").put("type", "string").put("format", "date-time").put("maxLength", 35)
                .put("description", "When the change happened");
    }
}
