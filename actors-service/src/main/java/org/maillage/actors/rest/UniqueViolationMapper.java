package org.maillage.actors.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.maillage.commons.problem.ProblemExceptionMappers;
import org.maillage.commons.problem.ProblemResponses;

/**
 * The uniqueness checks run before writing; two requests racing for the same identifier or external ref
 * still meet the database's unique keys, and the loser gets a 409 rather than a 500.
 */
public class UniqueViolationMapper {

    private static final String UNIQUE_VIOLATION = "23505";
    private final ProblemExceptionMappers fallback = new ProblemExceptionMappers();

    @ServerExceptionMapper
    public Response uniqueViolation(ConstraintViolationException e, ContainerRequestContext request) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return fallback.unexpected(e, request);
        }
        return ProblemResponses.of(request, 409, "conflict", "Conflict",
                "Another request registered the same identifier or external ref at the same time; read and retry",
                List.of());
    }
}
