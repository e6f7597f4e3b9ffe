package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.maillage.commons.persistence.TimeOrderedIds;

/**
 * The record-keeping of an alliance, apart from its meaning: identity, creation and last change, the
 * optimistic-locking version (the ETag) and archiving, which is how an alliance is deleted: it stays as a
 * read-only tombstone so clients syncing with updatedSince see the deletion.
 */
@MappedSuperclass
public abstract class AllianceRecord {

    @Id
    private UUID id;
    @Column(nullable = false)
    private boolean archived;
    @Column(name = "archived_at")
    private Instant archivedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected AllianceRecord() {
    }

    void created(Instant now) {
        id = TimeOrderedIds.next();
        createdAt = now;
    }

    /** Every change goes through here, so updatedAt is the last activity the status and sync read. */
    void touch(Instant now) {
        updatedAt = now;
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
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
