package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.maillage.gateway.config.GatewayConfig;
import org.maillage.vocabulary.events.EventCatalogue;

/**
 * The AsyncAPI 3.0 document of the suite's Kafka topics, made from the event catalogue: a channel per topic with
 * a message per event type, its CloudEvents binary-mode headers, its key and its data schema. Served at /asyncapi;
 * gateway/src/main/asyncapi/asyncapi.json is the same document, committed.
 */
@ApplicationScoped
public class AsyncApiDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final String TRACEPARENT = "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$";

    private final ObjectNode document;

    public AsyncApiDocument(EventCatalogue catalogue, GatewayConfig config) {
        this.document = build(catalogue, config.openapi().version());
    }

    /** A copy, which the caller may change. */
    public ObjectNode get() {
        return document.deepCopy();
    }

    static ObjectNode build(EventCatalogue catalogue, String version) {
        ObjectNode document = NODES.objectNode().put("asyncapi", "3.0.0");
        document.putObject("info").put("title", "Maillage events").put("version", version).put("description",
                "The events of the Maillage services on Kafka: CloudEvents 1.0 in binary mode (the attributes in "
                        + "ce_* headers, the data as the JSON value), keyed by the id of the aggregate they are about, "
                        + "so that the events of one aggregate keep their order. Each service publishes through a "
                        + "transactional outbox: an event is published if and only if its change committed, at least "
                        + "once (dedupe on ce_id). Partners receive the same events as webhooks (the webhooks section "
                        + "of /openapi) or from the feed (GET /api/v1/events). A breaking change of a type's data is "
                        + "published as a new type (.v2) beside the old one; ignore properties and enum values you do "
                        + "not know.");
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = components.putObject("messages");
        EventSchemas.addDataSchemas(components.putObject("schemas"), catalogue);
        for (EventCatalogue.Topic topic : catalogue.topics()) {
            String channelId = topic.name().replace('.', '-');
            ObjectNode channel = channels.putObject(channelId).put("address", topic.name())
                    .put("description", topic.description() + " Published by " + topic.source().substring(1) + ".");
            channel.putObject("bindings").putObject("kafka").put("topic", topic.name())
                    .put("bindingVersion", KAFKA_BINDING_VERSION);
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish-" + channelId).put("action", "send")
                    .put("summary", "The " + topic.source().substring(1) + " publishes the events of " + topic.name());
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventCatalogue.EventType event : topic.events()) {
                String messageId = event.componentName();
                messages.set(messageId, message(event, topic.source()));
                channelMessages.putObject(messageId).put("$ref", "#/components/messages/" + messageId);
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + messageId);
            }
        }
        return document;
    }

    private static ObjectNode message(EventCatalogue.EventType event, String source) {
        ObjectNode message = NODES.objectNode().put("name", event.type()).put("title", event.type())
                .put("summary", event.description()).put("contentType", "application/json");
        message.set("headers", headers(event, source));
        message.putObject("payload").put("$ref", "#/components/schemas/" + EventSchemas.dataName(event));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("format", "uuid").put("maxLength", 36)
                .put("description", event.subject() + ", also in ce_subject");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return message;
    }

    private static ObjectNode headers(EventCatalogue.EventType event, String source) {
        ObjectNode headers = NODES.objectNode().put("type", "object")
                .put("description", "CloudEvents attributes, Kafka protocol binding in binary mode");
        headers.putArray("required").add("ce_specversion").add("ce_id").add("ce_source").add("ce_type")
                .add("ce_subject").add("ce_time").add("content-type");
        ObjectNode properties = headers.putObject("properties");
        EventSchemas.addAttributes(properties, "ce_", event, source);
        properties.putObject("ce_traceparent").put("type", "string").put("pattern", TRACEPARENT).put("maxLength", 55)
                .put("description", "W3C trace context of the request that made the change, when it was traced");
        properties.putObject("content-type").put("type", "string").put("const", "application/json")
                .put("description", "Media type of the value (the CloudEvents datacontenttype)");
        return headers;
    }
}
