package org.maillage.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeUnit;

/**
 * One attempt let through a service's circuit breaker. Its outcome is reported exactly once, whatever path the
 * exchange takes: a half-open breaker waits for the outcome of every probe it let through.
 */
public final class BreakerPermit {

    private final CircuitBreaker breaker;
    private final long startedNanos = System.nanoTime();
    private boolean reported;

    public BreakerPermit(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    /** The service answered; a 502, 503 or 504 of its own counts as a failure. */
    public void answered(int status) {
        if (status == 502 || status == 503 || status == 504) {
            failed(new UpstreamStatusException(status));
        } else if (report()) {
            breaker.onSuccess(elapsedNanos(), TimeUnit.NANOSECONDS);
        }
    }

    public void failed(Throwable failure) {
        if (report()) {
            breaker.onError(elapsedNanos(), TimeUnit.NANOSECONDS, failure);
        }
    }

    /** The caller went away: the attempt says nothing about the service. */
    public void released() {
        if (report()) {
            breaker.releasePermission();
        }
    }

    private boolean report() {
        if (reported) {
            return false;
        }
        reported = true;
        return true;
    }

    private long elapsedNanos() {
        return System.nanoTime() - startedNanos;
    }

    /** A service's own answer that it is unavailable, recorded as a failure of that service. */
    static final class UpstreamStatusException extends RuntimeException {
        UpstreamStatusException(int status) {
            super("answered " + status, null, false, false);
        }
    }
}
