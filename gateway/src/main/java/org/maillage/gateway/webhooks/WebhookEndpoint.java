package org.maillage.gateway.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An HTTPS endpoint of a partner and the event types it wants. It remembers who registered it and with which
 * scopes: it receives only events of areas those scopes may read.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String DISABLED = "DISABLED";

    @Id
    public UUID id;
    @Column(name = "organisation_id")
    public UUID organisationId;
    /** Caller kind of the owner: api-key (its deliveries stop when the key is revoked), bearer or bootstrap. */
    @Column(name = "owner_kind", nullable = false)
    public String ownerKind;
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;
    /** Space-separated scopes of the owner at registration. */
    @Column(name = "owner_scopes", nullable = false)
    public String ownerScopes;
    @Column(nullable = false)
    public String url;
    public String description;
    /** Space-separated type patterns. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;
    /** Stored as is (see V2 migration): the gateway signs with it. */
    @Column(nullable = false)
    public String secret;
    /** The secret replaced by the last rotation: it also signs attempts until previousSecretValidUntil. */
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_valid_until")
    public Instant previousSecretValidUntil;
    @Column(nullable = false)
    public String status;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "disabled_at")
    public Instant disabledAt;
    /** Start of the current run of failed attempts; null after a success. */
    @Column(name = "failing_since")
    public Instant failingSince;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> typePatterns() {
        return Arrays.asList(eventTypes.split(" "));
    }

    public Set<String> ownerScopeSet() {
        return new TreeSet<>(Arrays.asList(ownerScopes.split(" ")));
    }

    public void disable(String reason, Instant at) {
        status = DISABLED;
        disabledReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        disabledAt = at;
        updatedAt = at;
    }
}
