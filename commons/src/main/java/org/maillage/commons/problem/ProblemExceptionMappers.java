package org.maillage.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.maillage.commons.web.RequestIds;

/** Turns every failure into an RFC 9457 problem; no stack trace ever leaves the service. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        return ProblemResponses.of(request, e.status(), e.typeSlug(), e.title(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext request) {
        if (ConstraintViolations.concernReturnValue(e)) {
            return unexpected(e, request);
        }
        return ProblemResponses.of(request, 400, "validation", "Invalid request",
                "The request has invalid fields", ConstraintViolations.toFieldErrors(e));
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, ContainerRequestContext request) {
        String field = JsonPaths.of(e);
        return ProblemResponses.of(request, 400, "validation", "Invalid request",
                "Unknown property '" + e.getPropertyName() + "'",
                List.of(new FieldError(field, "UnknownProperty", "is not a known property")));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request) {
        if (e.getPath().isEmpty()) {
            return unreadableJson(e, request);
        }
        String field = JsonPaths.of(e);
        String expectation = JsonPaths.expectation(e);
        return ProblemResponses.of(request, 400, "validation", "Invalid request",
                "Field '" + field + "' " + expectation, List.of(new FieldError(field, "InvalidValue", expectation)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, ContainerRequestContext request) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return mismatchedInput(mismatch, request);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(request, 400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON for this operation" + where, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof ProblemException problem) {
            // A parameter converter's refusal, which JAX-RS wraps in a 404 (path, query) or 400 (others).
            return problem(problem, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof UnrecognizedPropertyException unknown
                    ? unrecognizedProperty(unknown, request)
                    : unreadableJson(json, request);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, request);
        }
        return ProblemResponses.of(request, status.getStatusCode(), "http-" + status.getStatusCode(),
                status.getReasonPhrase(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.errorf(e, "Unexpected failure serving %s %s (request id %s)", request.getMethod(),
                request.getUriInfo().getPath(), RequestIds.of(request));
        return ProblemResponses.of(request, 500, "internal-error", "Internal error",
                "An unexpected error occurred; quote the correlation id when reporting it", List.of());
    }
}
