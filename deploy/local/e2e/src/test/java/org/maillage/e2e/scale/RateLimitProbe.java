package org.maillage.e2e.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A partner calling faster than its own limit, through every gateway at once: what the gateways let through
 * together is compared with one bucket of that limit (a burst of {@code requestsPerMinute}, refilled over a
 * minute), the same whichever gateway a call reached.
 */
final class RateLimitProbe {

    /**
     * What the gateways allowed, and what one bucket allows over the same time; calls left without an answer
     * within the client's patience are counted apart, since the gateway's decision on them is unknown.
     */
    record Outcome(int allowed, int refused, int unanswered, double expected, double seconds) {
        double deviation() {
            return Math.abs(allowed - expected) / expected;
        }

        /** A few calls left unanswered on a machine this loaded are tolerated, a gateway that stalls is not. */
        boolean mostlyAnswered() {
            return unanswered <= Math.max(2, (allowed + refused) / 50);
        }
    }

    /** Callers per gateway, each calling again as soon as it is answered: several times the limit. */
    private static final int CALLERS = 2;

    private final Api api;
    private final List<URI> gateways;
    private final String apiKey;
    private final int requestsPerMinute;
    private final AtomicInteger allowed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final List<String> unexpected = new ArrayList<>();
    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong();
    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean calling = true;

    RateLimitProbe(Api api, List<URI> gateways, String apiKey, int requestsPerMinute) {
        this.api = api;
        this.gateways = gateways;
        this.apiKey = apiKey;
        this.requestsPerMinute = requestsPerMinute;
        this.threads = Executors.newFixedThreadPool(gateways.size() * CALLERS);
    }

    void start() {
        for (URI gateway : gateways) {
            for (int caller = 0; caller < CALLERS; caller++) {
                running.add(threads.submit(() -> callUntilStopped(gateway)));
            }
        }
    }

    Outcome stopAndAwait() throws Exception {
        calling = false;
        for (Future<?> thread : running) {
            thread.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
        if (!unexpected.isEmpty()) {
            throw new AssertionError("Answers other than 200 and 429: " + unexpected);
        }
        double seconds = (last.get() - first.get()) / 1e9;
        return new Outcome(allowed.get(), refused.get(), unanswered.get(), requestsPerMinute * (1 + seconds / 60),
                seconds);
    }

    private void callUntilStopped(URI gateway) {
        while (calling) {
            long sent = System.nanoTime();
            first.accumulateAndGet(sent, Math::min);
            try {
                int status = api.get(gateway, "/api/v1/events?limit=1", apiKey).status();
                last.accumulateAndGet(sent, Math::max);
                if (status == 200) {
                    allowed.incrementAndGet();
                } else if (status == 429) {
                    refused.incrementAndGet();
                } else {
                    synchronized (unexpected) {
                        unexpected.add(gateway + ": " + status);
                    }
                }
            } catch (HttpTimeoutException e) {
                unanswered.incrementAndGet();
                System.out.printf("[scale] rate limit probe: %s did not answer within the client's patience%n",
                        gateway);
            } catch (IOException e) {
                synchronized (unexpected) {
                    unexpected.add(gateway + ": " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
