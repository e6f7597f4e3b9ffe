package org.maillage.alliances.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.maillage.commons.problem.ProblemResponses;

/** A concurrent write won the race: the loser gets a 409 and retries on the new version. */
public class OptimisticLockMapper {

    private static final String DETAIL = "The alliance was changed by another request at the same time; read it again and retry";

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, 409, "conflict", "Conflict", DETAIL, List.of());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, 409, "conflict", "Conflict", DETAIL, List.of());
    }
}
