package org.maillage.commons.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the JSON data of a CloudEvent as a record. Unlike request bodies, event data tolerates unknown
 * properties: a producer may add fields to a v1 event without breaking its consumers.
 */
@ApplicationScoped
public class EventData {

    private final ObjectMapper objectMapper;

    public EventData(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public <T> T read(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + event.getId() + " of type " + event.getType() + " has no data");
        }
        try {
            return objectMapper.readValue(event.getData().toBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Event " + event.getId() + " data is not a " + type.getSimpleName(), e);
        }
    }
}
