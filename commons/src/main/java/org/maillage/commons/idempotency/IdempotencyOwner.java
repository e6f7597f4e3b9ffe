package org.maillage.commons.idempotency;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose {@value Idempotency#HEADER} keys a request uses: keys, and the responses they replay, belong to the
 * authenticated caller, so that no caller ever gets another's response. A service knows its caller from the
 * gateway's identity token ({@link VerifiedCallerOwner}); a component that authenticates callers itself, as
 * the gateway does, provides its own bean of this type.
 */
public interface IdempotencyOwner {

    /** The caller of this request as {@link #name}, or empty for an anonymous request. */
    Optional<String> of(ContainerRequestContext request);

    /** One text per caller: how it authenticated, who it is and the organisation it acts for. */
    static String name(String kind, String subject, UUID organisationId) {
        return kind + ":" + subject + "@" + (organisationId == null ? "-" : organisationId);
    }
}
