package org.maillage.gateway.proxy;

import org.maillage.commons.web.RequestIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import org.maillage.commons.problem.Problem;

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
        Problem problem = new Problem(Problem.type(typeSlug), title, status, detail,
                context.request().path(), List.of(), requestId);
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(Buffer.buffer(serialize(problem)));
    }

    private byte[] serialize(Problem problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
