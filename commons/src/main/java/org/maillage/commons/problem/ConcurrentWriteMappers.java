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
 * the resource again, not a 500. The detail names the resource as {@link ProblemsConfig#concurrentlyChanged()} says.
 * A lower priority than the default, so that a service's own mapper of these exceptions wins.
 */
public class ConcurrentWriteMappers {

    static final int PRIORITY = Priorities.USER + 100;

    private final String detail;

    public ConcurrentWriteMappers(ProblemsConfig config) {
        this.detail = "The " + config.concurrentlyChanged()
                + " was changed by another request at the same time; read it again and retry";
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response optimisticLock(OptimisticLockException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, 409, "conflict", "Conflict", detail, List.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleState(StaleStateException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, 409, "conflict", "Conflict", detail, List.of());
    }
}
