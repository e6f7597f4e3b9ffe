package org.maillage.gateway.proxy;

import org.maillage.commons.web.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.Pipe;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import org.maillage.gateway.http.ContentLength;
import org.maillage.gateway.http.ProblemWriter;
import org.maillage.gateway.routing.BreakerPermit;
import org.maillage.gateway.routing.Upstream;

/**
 * One call relayed to a service: the request body is piped up and the response body piped down as they
 * arrive, so memory use does not depend on body size and back-pressure reaches both ends.
 */
final class ProxyExchange {

    private static final Logger LOG = Logger.getLogger(ProxyExchange.class);
    private static final Set<String> RESPONSE_NOT_COPIED = HopByHopHeaders.names(RequestIds.HEADER);
    /** Bodies up to this declared length are relayed in one write with the head (most API answers). */
    private static final long WHOLE_BODY_MAX_BYTES = 64 * 1024;

    private final RoutingContext context;
    private final Upstream upstream;
    private final HttpClientRequest upstreamRequest;
    private final String requestId;
    private final ProblemWriter problems;
    private final Duration idleTimeout;
    private final long bodyLimit;
    private final BreakerPermit permit;
    private final Predicate<Throwable> retried;

    /** {@code retried} starts another attempt for a failure before any answer, and says whether it did. */
    ProxyExchange(RoutingContext context, Upstream upstream, HttpClientRequest upstreamRequest, String requestId,
                  ProblemWriter problems, Duration idleTimeout, long bodyLimit, BreakerPermit permit,
                  Predicate<Throwable> retried) {
        this.bodyLimit = bodyLimit;
        this.permit = permit;
        this.retried = retried;
        this.context = context;
        this.upstream = upstream;
        this.upstreamRequest = upstreamRequest;
        this.requestId = requestId;
        this.problems = problems;
        this.idleTimeout = idleTimeout;
    }

    void start(Pipe<Buffer> body) {
        upstreamRequest.response().onComplete(answer -> {
            if (answer.succeeded()) {
                relay(answer.result());
            } else {
                failBeforeResponse(answer.cause());
            }
        });
        // A caller who hangs up should not leave the service working for nobody.
        context.response().closeHandler(closed -> {
            permit.released();
            upstreamRequest.reset();
        });
        if (hasBody(context.request())) {
            WriteStream<Buffer> target = upstreamRequest;
            if (!upstreamRequest.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                // A declared length was checked before authentication; an undeclared one is counted on the way.
                upstreamRequest.setChunked(true);
                target = new LimitedBody(upstreamRequest, bodyLimit);
            }
            if ("100-continue".equalsIgnoreCase(context.request().getHeader(HttpHeaders.EXPECT))) {
                // The caller waits for this before uploading; only now is there somewhere to send the body.
                context.response().writeContinue();
            }
            // Never end the upstream request on a failed upload: a truncated body must not look complete.
            body.endOnFailure(false).to(target).onFailure(this::uploadFailed);
        } else {
            body.close();
            upstreamRequest.end();
        }
    }

    private void uploadFailed(Throwable failure) {
        if (failure instanceof LimitedBody.TooLarge && !context.response().headWritten()) {
            problems.send(context, 413, "payload-too-large", "Payload too large",
                    "Request bodies to " + context.normalizedPath() + " are limited to " + bodyLimit + " bytes", requestId);
        }
        upstreamRequest.reset(0, failure);
    }

    private void relay(HttpClientResponse upstreamResponse) {
        permit.answered(upstreamResponse.statusCode());
        HttpServerResponse response = context.response();
        response.setStatusCode(upstreamResponse.statusCode());
        if (upstreamResponse.statusMessage() != null) {
            response.setStatusMessage(upstreamResponse.statusMessage());
        }
        HopByHopHeaders.copyEndToEnd(upstreamResponse.headers(), response.headers(), RESPONSE_NOT_COPIED);
        response.putHeader(RequestIds.HEADER, requestId);
        long length = ContentLength.of(upstreamResponse.headers());
        if (length >= 0 && length <= WHOLE_BODY_MAX_BYTES) {
            // One write (and one system call) for head and body, instead of one per chunk and one for the end.
            upstreamResponse.body().onSuccess(response::end).onFailure(this::abort);
            return;
        }
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(upstreamResponse.statusCode())) {
            response.setChunked(true);
        }
        upstreamResponse.pipe().endOnFailure(false).to(response).onFailure(this::abort);
    }

    /** Headers are already sent, so no problem document is possible: cutting the connection signals truncation. */
    private void abort(Throwable failure) {
        LOG.warnf("%s %s: relay from the %s service interrupted: %s", context.request().method(),
                context.normalizedPath(), upstream.name(), failure.toString());
        upstreamRequest.reset();
        context.response().reset();
    }

    private void failBeforeResponse(Throwable failure) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            permit.released();
            return;
        }
        permit.failed(failure);
        LOG.warnf("%s %s: the %s service failed: %s", context.request().method(),
                context.normalizedPath(), upstream.name(), failure.toString());
        if (retried.test(failure)) {
            return;
        }
        ProxyProblem problem = ProxyProblem.ofExchangeFailure(failure);
        String detail = problem == ProxyProblem.UPSTREAM_TIMEOUT
                ? "The " + upstream.name() + " service did not answer within " + idleTimeout.toMillis() + " ms"
                : "The " + upstream.name() + " service closed the exchange without a valid response";
        problem.send(problems, context, detail, requestId);
    }

    /** HTTP/1 announces a body with Content-Length or Transfer-Encoding; HTTP/2 by not ending the stream. */
    private static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return !request.isEnded();
        }
        return request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private boolean mayHaveBody(int status) {
        return status >= 200 && status != 204 && status != 304 && context.request().method() != HttpMethod.HEAD;
    }
}
