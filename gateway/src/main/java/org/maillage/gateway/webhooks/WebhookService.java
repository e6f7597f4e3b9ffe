package org.maillage.gateway.webhooks;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.feed.TypePatterns;
import org.maillage.gateway.security.SecretRotation;

/** Registration and management of webhook endpoints, each visible only to its organisation and admins. */
@ApplicationScoped
public class WebhookService {

    private final TargetGuard guard;
    private final WebhooksConfig config;

    public WebhookService(TargetGuard guard, WebhooksConfig config) {
        this.guard = guard;
        this.config = config;
    }

    @Transactional
    public WebhookWithSecret create(AuthenticatedCaller caller, CreateWebhookRequest request) {
        validate(request.url(), request.eventTypes());
        requireRoomFor(caller);
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = TimeOrderedIds.next();
        endpoint.organisationId = caller.organisationId();
        endpoint.ownerKind = caller.kind();
        endpoint.ownerSubject = caller.subject();
        endpoint.ownerScopes = String.join(" ", caller.scopes().stream().sorted().toList());
        endpoint.url = request.url();
        endpoint.description = request.description();
        endpoint.eventTypes = String.join(" ", request.eventTypes());
        endpoint.secret = WebhookSignatures.newSecret();
        endpoint.status = WebhookEndpoint.ACTIVE;
        endpoint.createdAt = DatabaseClock.now();
        endpoint.updatedAt = endpoint.createdAt;
        endpoint.persist();
        return new WebhookWithSecret(WebhookView.of(endpoint), endpoint.secret);
    }

    @Transactional
    public CursorPage<WebhookView> list(AuthenticatedCaller caller, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!caller.scopes().contains(Scopes.ADMIN)) {
            where.add(WebhookOwnership.filter(caller));
            parameters.and("owner", WebhookOwnership.filterValue(caller));
        }
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            where.add("(createdAt > :at or (createdAt = :at and id > :id))");
            parameters.and("at", after.at()).and("id", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by createdAt, id";
        List<WebhookEndpoint> rows = WebhookEndpoint.<WebhookEndpoint>find(query, parameters)
                .page(0, page.fetchSize()).list();
        return CursorPage.fromSlice(rows, page, WebhookView::of, e -> new KeysetCursor(e.createdAt, e.id).encode());
    }

    @Transactional
    public WebhookView get(AuthenticatedCaller caller, UUID id) {
        return WebhookView.of(find(caller, id));
    }

    @Transactional
    public WebhookView update(AuthenticatedCaller caller, UUID id, UpdateWebhookRequest request) {
        WebhookEndpoint endpoint = find(caller, id);
        if (request.url() != null && !request.url().equals(endpoint.url)) {
            WebhookOwnership.requireCoverage(endpoint, caller, "changing its URL");
        }
        validate(request.url() == null ? endpoint.url : request.url(),
                request.eventTypes() == null ? endpoint.typePatterns() : request.eventTypes());
        if (request.url() != null) {
            endpoint.url = request.url();
        }
        if (request.description() != null) {
            endpoint.description = request.description();
        }
        if (request.eventTypes() != null) {
            endpoint.eventTypes = String.join(" ", request.eventTypes());
        }
        endpoint.updatedAt = DatabaseClock.now();
        return WebhookView.of(endpoint);
    }

    @Transactional
    public void delete(AuthenticatedCaller caller, UUID id) {
        find(caller, id).delete();
    }

    /** Active again: pending deliveries resume, failed ones can be redelivered. */
    @Transactional
    public WebhookView enable(AuthenticatedCaller caller, UUID id) {
        WebhookEndpoint endpoint = find(caller, id);
        endpoint.status = WebhookEndpoint.ACTIVE;
        endpoint.disabledReason = null;
        endpoint.disabledAt = null;
        endpoint.failingSince = null;
        endpoint.updatedAt = DatabaseClock.now();
        return WebhookView.of(endpoint);
    }

    /**
     * A new secret: attempts from now on are signed with it and, during the grace period (none: it stops at once),
     * with the replaced one too. A secret kept from an earlier rotation stops now, so at most two ever sign.
     */
    @Transactional
    public WebhookWithSecret rotateSecret(AuthenticatedCaller caller, UUID id, Duration gracePeriod) {
        WebhookEndpoint endpoint = find(caller, id);
        WebhookOwnership.requireCoverage(endpoint, caller, "rotating its secret");
        endpoint.previousSecretValidUntil = SecretRotation.replacedUntil(DatabaseClock.now(), gracePeriod);
        endpoint.previousSecret = endpoint.previousSecretValidUntil != null ? endpoint.secret : null;
        endpoint.secret = WebhookSignatures.newSecret();
        endpoint.updatedAt = DatabaseClock.now();
        return new WebhookWithSecret(WebhookView.of(endpoint), endpoint.secret);
    }

    /**
     * Every event is matched against every active endpoint: a bounded number per owner keeps that cost bounded.
     * Two concurrent registrations may both pass at the limit; the cap is a cost bound, not an exact quota.
     */
    private void requireRoomFor(AuthenticatedCaller caller) {
        long owned = WebhookEndpoint.count(WebhookOwnership.filter(caller),
                Parameters.with("owner", WebhookOwnership.filterValue(caller)));
        int max = config.maxEndpointsPerOrganisation();
        if (owned >= max) {
            throw new UnprocessableException("The organisation already has " + owned + " webhook endpoints, the most "
                    + "allowed: delete one, or change the URL or event types of one", List.of(new FieldError("url",
                    "TooManyEndpoints", "would be endpoint " + (owned + 1) + " of the organisation, at most " + max)));
        }
    }

    /** The endpoint if the caller may see it; 404 otherwise, so other organisations' endpoints stay unknown. */
    WebhookEndpoint find(AuthenticatedCaller caller, UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id)
                .filter(endpoint -> WebhookOwnership.visibleTo(endpoint, caller))
                .orElseThrow(() -> new ResourceNotFoundException("webhook", id));
    }

    private void validate(String url, List<String> eventTypes) {
        List<FieldError> errors = new ArrayList<>();
        try {
            guard.refusal(new URI(url)).ifPresent(reason -> errors.add(new FieldError("url", "target", reason)));
        } catch (java.net.URISyntaxException e) {
            errors.add(new FieldError("url", "syntax", "is not a URL"));
        }
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!TypePatterns.valid(eventTypes.get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "pattern",
                        "an event type with '*' as wildcard: letters, digits, '.', '_', '-' only"));
            } else if (TypePatterns.tooManyWildcards(eventTypes.get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "TooManyWildcards",
                        "has more than " + TypePatterns.MAX_WILDCARDS + " '*'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The endpoint cannot be registered", errors);
        }
    }
}
