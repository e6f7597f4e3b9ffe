package org.maillage.commons.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writes raced on the same versioned row (optimistic locking): the loser gets a 409 it can retry after reading
 * the resource again, not a 500. A lower priority than the default, so that a service's own mapper of these
 * exceptions (with a more specific message) wins.
 */
public class ConcurrentWriteMappers {

    static final int PRIORITY = Priorities.USER + 100;
    private static final String DETAIL = "The resource was changed by another request at the same time; read it again and retry";

    @ServerExceptionMapper(priority = PRIORITY)
    public Response optimisticLock(OptimisticLockException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, 409, "conflict", "Conflict", DETAIL, List.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleState(StaleStateException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, 409, "conflict", "Conflict", DETAIL, List.of());
    }
}
