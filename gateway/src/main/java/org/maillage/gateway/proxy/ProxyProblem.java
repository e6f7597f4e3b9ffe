package org.maillage.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeoutException;
import org.maillage.gateway.http.ProblemWriter;

/** The ways a proxied call can fail before a service response exists, with the status each deserves. */
enum ProxyProblem {
    NO_ROUTE(404, "not-found", "Not found"),
    /** No connection could be had: the request never reached the service, so a retry is safe. */
    UPSTREAM_UNAVAILABLE(503, "upstream-unavailable", "Service unavailable"),
    /** The request reached the service but no answer came in time; it may or may not have been processed. */
    UPSTREAM_TIMEOUT(504, "upstream-timeout", "Service timed out"),
    /** The service dropped the exchange or answered something that is not HTTP. */
    BAD_UPSTREAM_RESPONSE(502, "bad-gateway", "Bad gateway");

    private final int status;
    private final String typeSlug;
    private final String title;

    ProxyProblem(int status, String typeSlug, String title) {
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
    }

    /** Classifies a failure that happened after the connection was obtained. */
    static ProxyProblem ofExchangeFailure(Throwable failure) {
        return failure instanceof TimeoutException ? UPSTREAM_TIMEOUT : BAD_UPSTREAM_RESPONSE;
    }

    void send(ProblemWriter problems, RoutingContext context, String detail, String requestId) {
        problems.send(context, status, typeSlug, title, detail, requestId);
    }
}
