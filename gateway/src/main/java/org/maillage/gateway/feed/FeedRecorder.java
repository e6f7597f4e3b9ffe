package org.maillage.gateway.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.maillage.commons.events.TraceParents;

/**
 * Stores each event once in the feed and announces it. Nothing else runs under the feed's lock: webhook
 * deliveries are queued from the committed feed by {@code WebhookFanOut}, so that no endpoint's patterns can
 * hold up the feed.
 */
@ApplicationScoped
public class FeedRecorder {

    /** Advisory-lock key serialising feed inserts ("feedlock" in ASCII). */
    static final long FEED_LOCK = 0x666565646c6f636bL;

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Event<FeedEventRecorded> recorded;

    public FeedRecorder(EntityManager entityManager, ObjectMapper mapper, Event<FeedEventRecorded> recorded) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CloudEvent cloudEvent, String area) {
        FeedEvent event = toFeedEvent(cloudEvent);
        Object extension = cloudEvent.getExtension(TraceParents.HEADER);
        String traceparent = extension == null ? null : TraceParents.wellFormed(extension.toString()).orElse(null);
        // Taken before the position is drawn and held until commit, so that a reader never sees position n+1
        // while n is still uncommitted (and then skips it for good), even with several gateway instances.
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
                .setParameter(1, FEED_LOCK).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Number> positions = entityManager.createNativeQuery("""
                        INSERT INTO feed_event (event_id, type, source, subject, time, area, datacontenttype, data,
                            traceparent)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9)
                        ON CONFLICT (event_id) DO NOTHING RETURNING position""")
                .unwrap(NativeQuery.class)
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.source())
                .setParameter(4, event.subject(), String.class)
                .setParameter(5, event.time(), Instant.class)
                .setParameter(6, area)
                .setParameter(7, event.datacontenttype(), String.class)
                .setParameter(8, json(event.data()), String.class)
                .setParameter(9, traceparent, String.class)
                .getResultList();
        if (!positions.isEmpty()) {
            recorded.fire(new FeedEventRecorded(positions.get(0).longValue(), area, event, traceparent));
        }
    }

    private FeedEvent toFeedEvent(CloudEvent event) {
        OffsetDateTime time = event.getTime();
        return new FeedEvent(FeedEvent.SPEC_VERSION, event.getId(), event.getSource().toString(), event.getType(),
                event.getSubject(), time == null ? null : time.toInstant(),
                event.getDataContentType() == null ? "application/json" : event.getDataContentType(), data(event));
    }

    /** JSON data as is; anything else (never produced by the services) kept as a JSON string. */
    private JsonNode data(CloudEvent event) {
        if (event.getData() == null) {
            return null;
        }
        byte[] bytes = event.getData().toBytes();
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            return mapper.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private String json(JsonNode data) {
        try {
            return data == null ? null : mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
