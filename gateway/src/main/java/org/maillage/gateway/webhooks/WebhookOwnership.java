package org.maillage.gateway.webhooks;

import java.util.List;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.feed.EventAreas;

/**
 * Who may see and manage an endpoint: admins all; others those of their organisation (or their own). What
 * would show or redirect the endpoint's events (its URL, its secret, its delivery log) needs more: scopes that
 * read every area the endpoint receives.
 */
final class WebhookOwnership {

    private WebhookOwnership() {
    }

    static boolean visibleTo(WebhookEndpoint endpoint, AuthenticatedCaller caller) {
        if (caller.scopes().contains(Scopes.ADMIN)) {
            return true;
        }
        if (caller.organisationId() != null) {
            return caller.organisationId().equals(endpoint.organisationId);
        }
        return endpoint.organisationId == null && caller.subject().equals(endpoint.ownerSubject);
    }

    /**
     * Refuses a caller whose scopes do not read every area the endpoint receives (the areas its owner's scopes
     * read, see {@link WebhookFanOut}): otherwise a colleague's narrower key could redirect, sign or read events
     * it may not see. Whoever registered it, partner key, token or admin key, the rule is the same.
     */
    static void requireCoverage(WebhookEndpoint endpoint, AuthenticatedCaller caller, String action) {
        List<String> missing = EventAreas.BY_TOPIC.values().stream().sorted()
                .filter(area -> EventAreas.readable(endpoint.ownerScopeSet(), area))
                .filter(area -> !EventAreas.readable(caller.scopes(), area))
                .map(EventAreas::readScope)
                .toList();
        if (!missing.isEmpty()) {
            throw new ForbiddenException("This endpoint receives events that need " + String.join(", ", missing)
                    + ": " + action + " needs a key with " + (missing.size() == 1 ? "that scope" : "those scopes"));
        }
    }

    /** JPQL condition and parameter selecting the endpoints visible to a non-admin caller. */
    static String filter(AuthenticatedCaller caller) {
        return caller.organisationId() != null ? "organisationId = :owner" : "organisationId is null and ownerSubject = :owner";
    }

    static Object filterValue(AuthenticatedCaller caller) {
        return caller.organisationId() != null ? caller.organisationId() : caller.subject();
    }
}
