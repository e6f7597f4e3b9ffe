package org.maillage.commons.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.maillage.commons.problem.ProblemException;

/**
 * A request body must say what it is and be UTF-8: a body without Content-Type, or with a charset other than
 * UTF-8 (in any case), is a 415 problem before anything reads it. Checked after authentication, so the gateway's
 * answer carries the caller's rate-limit headers like any other.
 */
public class BodyEncodingFilter {

    private static final String TRANSFER_ENCODING = "Transfer-Encoding";

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 2)
    public void refuseUnlabelledOrNonUtf8Bodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = length != null ? !"0".equals(length.strip()) : request.getHeaderString(TRANSFER_ENCODING) != null;
        if (!hasBody) {
            return;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("The request has a body but no Content-Type header; send it with the media type the "
                    + "operation consumes, such as application/json");
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && "charset".equalsIgnoreCase(parameter[0].strip())
                    && !"utf-8".equalsIgnoreCase(parameter[1].strip().replace("\"", ""))) {
                throw unsupported("Only UTF-8 is accepted: send the body in UTF-8 with charset=utf-8, or with no charset");
            }
        }
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, "http-415", "Unsupported media type", detail);
    }
}
