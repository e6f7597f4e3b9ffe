package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.maillage.vocabulary.events.EventCatalogue;

/**
 * The merged document's webhooks section (OpenAPI 3.1): for every event type, the POST a partner's endpoint
 * receives — the CloudEvent in structured JSON with the type's data schema, signed with the Standard Webhooks
 * headers — and the answers the gateway's dispatcher acts on.
 */
final class EventWebhooks {

    static final String TAG = "Webhook deliveries";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PARAMETERS = "#/components/parameters/";

    private EventWebhooks() {
    }

    static void apply(ObjectNode document, EventCatalogue catalogue) {
        ObjectNode components = document.withObjectProperty("components");
        ObjectNode schemas = components.withObjectProperty("schemas");
        EventSchemas.addDataSchemas(schemas, catalogue);
        addHeaders(components.withObjectProperty("parameters"));
        ((ArrayNode) document.withArray("tags")).addObject().put("name", TAG).put("description",
                "What a registered webhook endpoint receives: one POST per event of the types it subscribed to.");
        ObjectNode webhooks = document.putObject("webhooks");
        for (EventCatalogue.Topic topic : catalogue.topics()) {
            for (EventCatalogue.EventType event : topic.events()) {
                String envelope = event.componentName() + "Event";
                schemas.set(envelope, envelope(event, topic.source()));
                webhooks.putObject(event.type()).set("post", delivery(event, envelope));
            }
        }
    }

    private static ObjectNode delivery(EventCatalogue.EventType event, String envelope) {
        ObjectNode post = NODES.objectNode();
        post.put("operationId", "receive" + event.componentName());
        post.putArray("tags").add(TAG);
        post.put("summary", event.type());
        post.put("description", event.description() + "\n\nPOSTed to every active endpoint subscribed to the type, "
                + "as CloudEvents JSON. Verify webhook-signature over `{webhook-id}.{webhook-timestamp}.{body}`, "
                + "refuse timestamps more than a few minutes off and dedupe on webhook-id: a retry carries the same.");
        post.putArray("security");
        ArrayNode parameters = post.putArray("parameters");
        for (String header : new String[] {"WebhookId", "WebhookTimestamp", "WebhookSignature"}) {
            parameters.addObject().put("$ref", PARAMETERS + header);
        }
        post.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                .putObject("schema").put("$ref", SCHEMAS + envelope);
        ObjectNode responses = post.putObject("responses");
        responses.putObject("2XX").put("description", "Received. Answer quickly: the delivery is done.");
        responses.putObject("410").put("description", "Gone: the endpoint is disabled and receives nothing more "
                + "until it is enabled again (POST /api/v1/webhooks/{id}/enable).");
        responses.putObject("default").put("description", "Any other answer, or none within the request timeout: "
                + "retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (the configured schedule); an endpoint "
                + "without a success for 3 days is disabled.");
        return post;
    }

    private static ObjectNode envelope(EventCatalogue.EventType event, String source) {
        ObjectNode schema = NODES.objectNode().put("type", "object")
                .put("description", "CloudEvents 1.0 structured JSON of " + event.type() + ".")
                .put("additionalProperties", false);
        schema.putArray("required").add("specversion").add("id").add("source").add("type").add("time")
                .add("datacontenttype").add("data");
        ObjectNode properties = schema.putObject("properties");
        EventSchemas.addAttributes(properties, "", event, source);
        properties.putObject("datacontenttype").put("type", "string").put("const", "application/json")
                .put("description", "Media type of data");
        properties.putObject("data").put("$ref", SCHEMAS + EventSchemas.dataName(event));
        return schema;
    }

    private static void addHeaders(ObjectNode parameters) {
        header(parameters, "WebhookId", "webhook-id", "The event id: the same on every retry, dedupe on it",
                NODES.objectNode().put("type", "string").put("format", "uuid").put("maxLength", 36));
        header(parameters, "WebhookTimestamp", "webhook-timestamp", "When this attempt was signed, in Unix seconds",
                NODES.objectNode().put("type", "string").put("pattern", "^[0-9]{1,12}$").put("maxLength", 12));
        header(parameters, "WebhookSignature", "webhook-signature", "`v1,` and the base64 HMAC-SHA256 of "
                        + "`{webhook-id}.{webhook-timestamp}.{body}` keyed by the endpoint's secret; during a rotation's "
                        + "grace period a second one, space-separated, for the replaced secret. Either may match.",
                NODES.objectNode().put("type", "string").put("pattern", "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)?$")
                        .put("maxLength", 200));
    }

    private static void header(ObjectNode parameters, String component, String name, String description,
                               ObjectNode schema) {
        ObjectNode parameter = parameters.putObject(component).put("name", name).put("in", "header")
                .put("required", true).put("description", description);
        parameter.set("schema", schema);
    }
}
