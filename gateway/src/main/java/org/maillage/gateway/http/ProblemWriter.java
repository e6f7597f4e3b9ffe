package org.maillage.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.maillage.commons.web.RoutingProblems;

/** Answers a proxied request with an RFC 9457 problem when no service response can be relayed. */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void send(RoutingContext context, ProxyProblem kind, String detail, String requestId) {
        send(context, kind.status(), kind.typeSlug(), kind.title(), detail, requestId);
    }

    /** For refusals decided before any service is involved: authentication, scopes, limits. */
    public void send(RoutingContext context, int status, String typeSlug, String title, String detail,
                     String requestId) {
        RoutingProblems.send(mapper, context, status, typeSlug, title, detail, requestId);
    }
}
