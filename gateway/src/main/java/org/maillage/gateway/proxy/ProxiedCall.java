package org.maillage.gateway.proxy;

import io.opentelemetry.context.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.RoutingContext;
import org.maillage.gateway.routing.Upstream;

/**
 * A public call on its way to a service, possibly over several attempts, each a part of the trace of the
 * gateway's server span ({@code trace}).
 */
record ProxiedCall(RoutingContext context, Upstream upstream, String path, String requestId, Pipe<Buffer> body,
                   Context trace) {

    /** A read without a body changes nothing and can be sent again; a body once streamed cannot. */
    boolean repeatable() {
        HttpServerRequest request = context.request();
        boolean read = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        return read && !request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                && !request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
