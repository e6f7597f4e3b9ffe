package org.maillage.gateway.security;

import io.vertx.core.http.HttpServerResponse;

/** The RateLimit-* headers of a decision, and Retry-After when it refused. */
final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    static void put(HttpServerResponse response, RateLimiter.Decision decision) {
        response.putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (!decision.allowed()) {
            response.putHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        }
    }
}
