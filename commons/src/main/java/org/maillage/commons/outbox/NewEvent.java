package org.maillage.commons.outbox;

/** An event to append to the outbox: its topic, CloudEvents type, aggregate id (the Kafka key) and data. */
public record NewEvent(String topic, String type, String aggregateId, Object data) {
}
