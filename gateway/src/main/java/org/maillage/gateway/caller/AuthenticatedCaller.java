package org.maillage.gateway.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a partner key, a front-end token or the bootstrap admin key.
 *
 * @param subject        key id or token subject, stable across requests (rate limits are counted on it)
 * @param requestsPerMinute own rate limit, or null for the configured default
 * @param organisationId the organisation actor the caller acts for, or null (admins, front-end users)
 */
public record Caller(String kind, String subject, UUID organisationId, Set<String> scopes,
                     Integer requestsPerMinute) {

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /** {@code admin} implies every scope. */
    public boolean allows(String scope) {
        return scopes.contains(Scopes.ADMIN) || scopes.contains(scope);
    }
}
