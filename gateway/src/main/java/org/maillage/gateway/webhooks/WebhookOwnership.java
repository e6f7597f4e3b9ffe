package org.maillage.gateway.webhooks;

import org.maillage.gateway.security.Caller;
import org.maillage.gateway.security.Scopes;

/** Who may see and manage an endpoint: admins all; others those of their organisation (or their own). */
final class WebhookOwnership {

    private WebhookOwnership() {
    }

    static boolean visibleTo(WebhookEndpoint endpoint, Caller caller) {
        if (caller.scopes().contains(Scopes.ADMIN)) {
            return true;
        }
        if (caller.organisationId() != null) {
            return caller.organisationId().equals(endpoint.organisationId);
        }
        return endpoint.organisationId == null && caller.subject().equals(endpoint.ownerSubject);
    }

    /** JPQL condition and parameter selecting the endpoints visible to a non-admin caller. */
    static String filter(Caller caller) {
        return caller.organisationId() != null ? "organisationId = :owner" : "organisationId is null and ownerSubject = :owner";
    }

    static Object filterValue(Caller caller) {
        return caller.organisationId() != null ? caller.organisationId() : caller.subject();
    }
}
