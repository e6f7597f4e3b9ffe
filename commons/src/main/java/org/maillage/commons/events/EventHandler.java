package org.maillage.commons.events;

import io.cloudevents.CloudEvent;

/**
 * Applies events of one topic to this service's projections. Implementations are CDI beans; the consumer
 * calls {@link #handle} inside a transaction that also records the event id, so a redelivered event is
 * skipped and a failing one is retried without partial effects.
 */
public interface EventHandler {

    String topic();

    boolean accepts(String eventType);

    void handle(CloudEvent event);
}
