package org.maillage.vocabulary.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every event type the services publish, by Kafka topic, with the JSON Schema (2020-12) of its data. The schemas
 * are the committed files beside this class, one per type and named by it ({@code <type>.json}); {@code
 * catalogue.json} says which topic carries each type. The gateway documents them (webhooks, AsyncAPI) and the
 * tests check the events against them, so a partner reads the same schema a test enforces.
 */
public record EventCatalogue(List<Topic> topics) {

    /** Where the files live on the class path. */
    public static final String RESOURCES = "org/maillage/vocabulary/events/";
    private static final String INDEX = "catalogue.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public EventCatalogue {
        topics = List.copyOf(topics);
    }

    /** A Kafka topic: its name, the CloudEvents source of its events, and the event types it carries. */
    public record Topic(String name, String source, String description, List<EventType> events) {

        public Topic {
            events = List.copyOf(events);
        }
    }

    /**
     * An event type, e.g. org.maillage.actor.registered.v1: the topic that carries it, what its subject (also the
     * Kafka key) identifies, and the schema of its data.
     */
    public record EventType(String type, String topic, String subject, ObjectNode dataSchema) {

        /** A copy: documents that embed the schema adapt it to their place. */
        @Override
        public ObjectNode dataSchema() {
            return dataSchema.deepCopy();
        }

        public String description() {
            return dataSchema.path("description").asText();
        }

        /** A name for the type in a document's components: org.maillage.alliance.member-left.v1 → AllianceMemberLeftV1. */
        public String componentName() {
            StringBuilder name = new StringBuilder();
            for (String word : type.substring("org.maillage.".length()).split("[.-]")) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return name.toString();
        }
    }

    public static EventCatalogue load() {
        JsonNode index = read(INDEX);
        List<Topic> topics = new ArrayList<>();
        for (JsonNode topic : index.path("topics")) {
            String name = topic.path("name").asText();
            List<EventType> events = new ArrayList<>();
            for (JsonNode event : topic.path("events")) {
                String type = event.path("type").asText();
                events.add(new EventType(type, name, event.path("subject").asText(), (ObjectNode) read(type + ".json")));
            }
            topics.add(new Topic(name, topic.path("source").asText(), topic.path("description").asText(), events));
        }
        return new EventCatalogue(topics);
    }

    public List<EventType> types() {
        return topics.stream().flatMap(topic -> topic.events().stream()).toList();
    }

    public Optional<EventType> find(String type) {
        return types().stream().filter(event -> event.type().equals(type)).findFirst();
    }

    private static JsonNode read(String file) {
        try (InputStream in = EventCatalogue.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("The event catalogue has no " + RESOURCES + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCES + file, e);
        }
    }
}
