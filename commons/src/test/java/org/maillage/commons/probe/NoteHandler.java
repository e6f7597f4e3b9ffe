package org.maillage.commons.probe;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.maillage.commons.events.EventData;
import org.maillage.commons.events.EventHandler;

/**
 * Writes a note per event; fails once for subjects starting with "flaky" to exercise retries, and for subjects
 * starting with "stuck" for as long as {@link #HOLD} is set, to hold its partition back.
 */
@ApplicationScoped
public class NoteHandler implements EventHandler {

    public static final String TOPIC = "maillage.notes.v1";
    public static final String NOTED = "org.maillage.probe.noted.v1";
    public static final AtomicBoolean HOLD = new AtomicBoolean();

    private final EntityManager entityManager;
    private final EventData eventData;
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    public NoteHandler(EntityManager entityManager, EventData eventData) {
        this.entityManager = entityManager;
        this.eventData = eventData;
    }

    public record Note(String text) {
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public boolean accepts(String eventType) {
        return NOTED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        Note note = eventData.read(event, Note.class);
        entityManager.createNativeQuery("INSERT INTO probe_note (subject, text) VALUES (?1, ?2)")
                .setParameter(1, event.getSubject())
                .setParameter(2, note.text())
                .executeUpdate();
        if (event.getSubject().startsWith("flaky") && failedOnce.add(event.getId())) {
            throw new IllegalStateException("transient failure after a partial write");
        }
        if (event.getSubject().startsWith("stuck") && HOLD.get()) {
            throw new IllegalStateException("held back");
        }
    }
}
