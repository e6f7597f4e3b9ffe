package org.maillage.gateway.apikeys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.maillage.gateway.security.StoredKeys;

/** A partner key: its secret is known only by its hash. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false, unique = true)
    public String prefix;
    @Column(nullable = false)
    public String name;
    @Column(name = "organisation_id")
    public UUID organisationId;
    /** Space-separated, as in an OAuth scope claim. */
    @Column(nullable = false)
    public String scopes;
    @Column(name = "requests_per_minute")
    public Integer requestsPerMinute;
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "rotated_at")
    public Instant rotatedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
    /** The prefix and hash of the secret replaced by the last rotation, usable until previousValidUntil. */
    @Column(name = "previous_prefix")
    public String previousPrefix;
    @Column(name = "previous_secret_hash")
    public String previousSecretHash;
    @Column(name = "previous_valid_until")
    public Instant previousValidUntil;

    public Set<String> scopeSet() {
        return new TreeSet<>(Arrays.asList(scopes.split(" ")));
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * This key as the access check sees it through a prefix, with the secret that prefix stands for: the current
     * one, or the previous one with the end of its overlap.
     */
    public StoredKeys.StoredKey seenThrough(String presentedPrefix) {
        boolean previous = presentedPrefix.equals(previousPrefix);
        return new StoredKeys.StoredKey(id, organisationId, scopeSet(), requestsPerMinute, revoked(),
                previous ? previousSecretHash : secretHash, previous ? previousValidUntil : null);
    }
}
