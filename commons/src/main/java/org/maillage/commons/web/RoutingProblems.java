package org.maillage.commons.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;
import java.util.List;
import org.maillage.commons.problem.Problem;

/** Writes an RFC 9457 problem straight on a Vert.x response, for answers given outside the REST layer. */
public final class RoutingProblems {

    private RoutingProblems() {
    }

    public static void send(ObjectMapper mapper, RoutingContext context, int status, String typeSlug, String title,
                            String detail, String requestId) {
        Problem problem = new Problem(Problem.type(typeSlug), title, status, detail, safePath(context), List.of(),
                requestId);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(Buffer.buffer(body));
    }

    /** The path as sent, without its query; a path that is not valid text is not echoed. */
    private static String safePath(RoutingContext context) {
        String path = context.request().path();
        return path != null && SafeText.isSafe(path) ? path : null;
    }
}
