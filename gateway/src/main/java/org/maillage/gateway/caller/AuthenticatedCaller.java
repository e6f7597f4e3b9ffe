package org.maillage.gateway.caller;

import java.util.Set;
import java.util.UUID;
import org.maillage.commons.security.Caller;

/**
 * Who called the gateway, as its access check authenticated them: a partner key, a front-end token or the
 * bootstrap admin key, with the scopes granted and the rate limit to apply.
 *
 * @param subject        key id or token subject, stable across requests (rate limits are counted on it)
 * @param requestsPerMinute own rate limit, or null for the configured default
 * @param organisationId the organisation actor the caller acts for, or null (admins, front-end users)
 */
public record AuthenticatedCaller(String kind, String subject, UUID organisationId, Set<String> scopes,
                                  Integer requestsPerMinute) {

    public AuthenticatedCaller {
        scopes = Set.copyOf(scopes);
    }

    /** {@code admin} implies every scope. */
    public boolean allows(String scope) {
        return scopes.contains(Scopes.ADMIN) || scopes.contains(scope);
    }

    /** The identity the services are told of: the rate limit is the gateway's business alone. */
    public Caller forwarded() {
        return new Caller(kind, subject, organisationId, scopes);
    }
}
