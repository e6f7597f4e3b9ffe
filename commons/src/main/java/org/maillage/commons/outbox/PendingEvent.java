package org.maillage.commons.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row not yet acknowledged by Kafka. */
record PendingEvent(long seq, UUID id, String topic, String aggregateId, String type, String source,
                    Instant occurredAt, String traceparent, String payload) {
}
