package org.maillage.alliances.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.maillage.alliances.domain.TimelineEntry;
import org.maillage.commons.paging.KeysetCursor;

/** An alliance's timeline: every change appended as it is made, read in (at, id) order, keyset-paged. */
@ApplicationScoped
public class TimelineRepository {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public TimelineRepository(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** Appends a change in the caller's transaction, with the id of the event published for it. */
    public void append(UUID eventId, UUID allianceId, Instant at, String type, String reason, String madeBy, Object data) {
        entityManager.createNativeQuery("""
                        INSERT INTO alliance_change (id, alliance_id, at, type, reason, made_by, data)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?7, CAST(?6 AS jsonb))""")
                .setParameter(1, eventId)
                .setParameter(2, allianceId)
                .setParameter(3, at)
                .setParameter(4, type)
                .setParameter(5, reason)
                .setParameter(6, toJson(data))
                .setParameter(7, madeBy)
                .executeUpdate();
    }

    public List<TimelineEntry> page(UUID allianceId, KeysetCursor after, int fetchSize) {
        Query query = entityManager.createNativeQuery("""
                SELECT CAST(id AS text), at, type, reason, made_by, CAST(data AS text) FROM alliance_change
                WHERE alliance_id = :alliance""" + (after == null ? "" : " AND (at, id) > (:afterAt, :afterId)")
                + " ORDER BY at, id LIMIT " + fetchSize);
        query.setParameter("alliance", allianceId);
        if (after != null) {
            query.setParameter("afterAt", after.at());
            query.setParameter("afterId", after.id());
        }
        return ((List<?>) query.getResultList()).stream().map(row -> toEntry((Object[]) row)).toList();
    }

    private TimelineEntry toEntry(Object[] row) {
        return new TimelineEntry(UUID.fromString(row[0].toString()), instant(row[1]), (String) row[2], (String) row[3],
                (String) row[4], json((String) row[5]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Change data cannot be serialised: " + data.getClass().getName(), e);
        }
    }

    private Map<String, Object> json(String text) {
        try {
            return objectMapper.readValue(text, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored change data is not JSON", e);
        }
    }
}
