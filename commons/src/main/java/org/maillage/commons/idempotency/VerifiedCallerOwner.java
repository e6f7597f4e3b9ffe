package org.maillage.commons.idempotency;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.maillage.commons.security.CallerIdentity;

/** In a service: the caller the gateway vouched for, verified before the idempotency filter runs. */
@DefaultBean
@ApplicationScoped
class VerifiedCallerOwner implements IdempotencyOwner {

    private final CallerIdentity identity;

    VerifiedCallerOwner(CallerIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Optional<String> of(ContainerRequestContext request) {
        return identity.verified()
                .map(caller -> IdempotencyOwner.name(caller.kind(), caller.subject(), caller.organisationId()));
    }
}
