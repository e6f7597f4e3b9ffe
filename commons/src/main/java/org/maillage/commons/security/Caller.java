package org.maillage.commons.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who calls, as the gateway vouches for it.
 *
 * @param kind           how the caller authenticated (api-key, jwt, bootstrap)
 * @param subject        key id or token subject
 * @param organisationId the organisation actor the caller acts for, or null (admins, front-end users)
 * @param scopes         granted scopes; {@code admin} implies every right
 */
public record Caller(String kind, String subject, UUID organisationId, Set<String> scopes) {

    public static final String ADMIN = "admin";

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean admin() {
        return scopes.contains(ADMIN);
    }

    /** Whether the caller acts for this organisation (admins act for all). */
    public boolean actsFor(UUID organisation) {
        return admin() || (organisationId != null && organisationId.equals(organisation));
    }
}
