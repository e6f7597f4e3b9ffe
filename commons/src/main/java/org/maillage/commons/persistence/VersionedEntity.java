package org.maillage.commons.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The bookkeeping columns of an entity that clients change and sync: {@code version}, behind its ETag and the
 * optimistic lock, and {@code created_at} / {@code updated_at}, which the change feeds and {@code updatedSince}
 * read. Times come from the caller (the database's clock, {@link DatabaseClock}), so one change has one time.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected VersionedEntity() {
    }

    protected void created(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    /** Every change goes through here, so that updatedAt is the last change. */
    protected void touch(Instant now) {
        updatedAt = now;
    }

    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
