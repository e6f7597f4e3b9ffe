package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.persistence.VersionedEntity;

/**
 * The record-keeping of an alliance, apart from its meaning: identity and archiving, which is how an alliance is
 * deleted: it stays as a read-only tombstone so clients syncing with updatedSince see the deletion. Creation,
 * last change and the optimistic-locking version (the ETag) are the shared {@link VersionedEntity} columns.
 */
@MappedSuperclass
public abstract class AllianceRecord extends VersionedEntity {

    @Id
    private UUID id;
    @Column(nullable = false)
    private boolean archived;
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected AllianceRecord() {
    }

    @Override
    protected void created(Instant now) {
        id = TimeOrderedIds.next();
        super.created(now);
    }

    /** Archiving twice changes nothing. */
    public boolean archive(Instant now) {
        if (archived) {
            return false;
        }
        archived = true;
        archivedAt = now;
        touch(now);
        return true;
    }

    public UUID id() { return id; }
    public boolean archived() { return archived; }
    public Instant archivedAt() { return archivedAt; }
}
