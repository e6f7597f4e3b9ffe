package org.maillage.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.maillage.commons.web.RequestIds;

/** Builds problem+json responses stamped with the request path and id. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ContainerRequestContext request, int status, String typeSlug, String title,
                              String detail, List<FieldError> errors) {
        Problem problem = new Problem(Problem.type(typeSlug), title, status, detail,
                request.getUriInfo().getRequestUri().getRawPath(), errors, RequestIds.of(request));
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(RequestIds.HEADER, problem.correlationId())
                .entity(problem)
                .build();
    }
}
