package org.maillage.gateway.caller;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.maillage.commons.idempotency.IdempotencyOwner;

/** In the gateway: the caller the access check authenticated, left in the request's routing context. */
@ApplicationScoped
class RoutedCallerOwner implements IdempotencyOwner {

    private final CurrentVertxRequest current;

    RoutedCallerOwner(CurrentVertxRequest current) {
        this.current = current;
    }

    @Override
    public Optional<String> of(ContainerRequestContext request) {
        RoutingContext context = current.getCurrent();
        return Optional.ofNullable(context).flatMap(CurrentCaller::find)
                .map(found -> IdempotencyOwner.name(found.kind(), found.subject(), found.organisationId()));
    }
}
