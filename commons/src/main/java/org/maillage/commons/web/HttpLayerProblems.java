package org.maillage.commons.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Errors answered below the REST layer — a request target or headers over the limits, a target that is not a
 * valid URI, a failure of the HTTP router itself — get the same problem+json body as every other error, instead
 * of the router's bare status line.
 *
 * <p>Quarkus refuses an invalid URI with a bare 400 before any route runs unless the JVM is started with
 * {@code -Dvertx.disableURIValidation=true}; every launcher of the suite sets it, so the check is made here.
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** Ahead of every route of the application, including the gateway's authentication. */
    private static final int FIRST = Integer.MIN_VALUE + 1;

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad request",
            404, "Not found",
            405, "Method not allowed",
            406, "Not acceptable",
            413, "Request body too large",
            414, "Request target too long",
            415, "Unsupported media type",
            431, "Request headers too large",
            500, "Internal error");

    private final ObjectMapper mapper;
    private final HttpLimitsConfig limits;

    public HttpLayerProblems(ObjectMapper mapper, HttpLimitsConfig limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::checkLimits);
        TITLES.keySet().forEach(status -> router.errorHandler(status, context -> answer(context, status)));
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > limits.maxUriLength()) {
            send(context, 414, "The request target has " + request.uri().length() + " characters, more than the "
                    + limits.maxUriLength() + " accepted");
            return;
        }
        try {
            new URI(request.uri());
        } catch (URISyntaxException e) {
            send(context, 400, "The request target is not a valid URI: " + e.getReason() + " at index " + e.getIndex()
                    + " (percent-encode reserved and non-ASCII characters, with two hexadecimal digits after each %)");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length();
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            send(context, 431, "The request headers total " + headerBytes + " characters, more than the "
                    + limits.maxHeaderBytes() + " accepted");
            return;
        }
        context.next();
    }

    private void answer(RoutingContext context, int status) {
        if (context.response().headWritten()) {
            return;
        }
        String detail = switch (status) {
            case 400 -> "The request could not be read: check the percent-encoding of its path and query";
            case 500 -> "An unexpected error occurred; quote the correlation id when reporting it";
            default -> TITLES.get(status);
        };
        send(context, status, detail);
    }

    private void send(RoutingContext context, int status, String detail) {
        String slug = status == 500 ? "internal-error" : "http-" + status;
        RoutingProblems.send(mapper, context, status, slug, TITLES.get(status), detail,
                RequestIds.resolve(context.request().getHeader(RequestIds.HEADER)));
    }
}
