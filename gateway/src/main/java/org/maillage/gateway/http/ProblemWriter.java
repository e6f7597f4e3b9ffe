package org.maillage.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.maillage.commons.web.RoutingProblems;

/**
 * Answers a request on a plain Vert.x route with an RFC 9457 problem: refusals of the access check, and proxied
 * calls no service response can be relayed for.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void send(RoutingContext context, int status, String typeSlug, String title, String detail,
                     String requestId) {
        RoutingProblems.send(mapper, context, status, typeSlug, title, detail, requestId);
    }
}
