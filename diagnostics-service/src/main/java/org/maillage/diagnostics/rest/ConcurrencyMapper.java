package org.maillage.diagnostics.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.maillage.commons.problem.ProblemResponses;

/** Two writes raced on the same resource: the loser gets a 409 it can retry after reading the resource again. */
public class ConcurrencyMapper {

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, 409, "conflict", "Conflict",
                "The resource was changed by another request at the same time; read it again and retry", List.of());
    }
}
