package org.maillage.e2e.scale;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A partner's client writing steadily through both gateways: registering actors, and proposing alliances between
 * its organisation and a partner. Each write has its own Idempotency-Key and is sent again with it, to the other
 * gateway when its own does not answer, until it is acknowledged 2xx: a refused connection, a timeout, a 5xx, a
 * 409 (the key still held by an instance that died) or a 429 is retried; any other answer fails the run.
 */
final class SteadyWriters {

    enum Kind { ACTOR, ALLIANCE }

    /** A write acknowledged 2xx: what it created. */
    record Acknowledged(Kind kind, String id) {
    }

    private static final int THREADS = 4;
    private static final long PAUSE_MILLIS = 120;
    /** How long a real client keeps retrying one write before giving up on it. */
    private static final long GIVE_UP_MILLIS = 90_000;

    private final Api api;
    private final List<URI> gateways;
    private final String apiKey;
    private final String organisation;
    private final String partner;
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger attempted = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean writing = true;

    SteadyWriters(Api api, List<URI> gateways, String apiKey, String organisation, String partner) {
        this.api = api;
        this.gateways = gateways;
        this.apiKey = apiKey;
        this.organisation = organisation;
        this.partner = partner;
    }

    /** Starts writing from every thread, each thread at home on one gateway. */
    void start() {
        for (int thread = 0; thread < THREADS; thread++) {
            int home = thread % gateways.size();
            running.add(threads.submit(() -> writeUntilStopped(home)));
        }
    }

    /** Stops starting writes and returns once each write in progress is acknowledged or given up. */
    void stopAndAwait() throws Exception {
        writing = false;
        for (Future<?> thread : running) {
            thread.get(GIVE_UP_MILLIS + 30_000, TimeUnit.MILLISECONDS);
        }
        threads.shutdown();
    }

    private void writeUntilStopped(int home) {
        while (writing) {
            boolean actor = ThreadLocalRandom.current().nextInt(3) != 0;
            write(home, actor ? Kind.ACTOR : Kind.ALLIANCE);
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(int home, Kind kind) {
        attempted.incrementAndGet();
        String key = UUID.randomUUID().toString();
        String name = (kind == Kind.ACTOR ? "Association " : "Alliance ") + key.substring(0, 8);
        Object body = kind == Kind.ACTOR ? Map.of("name", name, "kind", "ASSOCIATION")
                : Map.of("name", name, "members", List.of(Map.of("actorId", organisation, "role", "LEAD"),
                        Map.of("actorId", partner, "role", "PARTNER")));
        String path = kind == Kind.ACTOR ? "/api/v1/actors" : "/api/v1/alliances";
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        int gateway = home;
        for (int attempt = 0; System.currentTimeMillis() < giveUp; attempt++) {
            try {
                Api.Answer answer = api.post(gateways.get(gateway), path, apiKey, key, body);
                if (answer.status() == 200 || answer.status() == 201) {
                    acknowledged.add(new Acknowledged(kind, answer.id()));
                    return;
                }
                if (answer.status() >= 500) {
                    gateway = (gateway + 1) % gateways.size();
                } else if (answer.status() != 409 && answer.status() != 429) {
                    refused.add(path + " " + answer.status() + " " + answer.body());
                    return;
                }
            } catch (IOException e) {
                // No answer: the gateway is gone or cut the exchange; the other one gets the retry.
                gateway = (gateway + 1) % gateways.size();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(Math.min(2_000, 100L << Math.min(attempt, 5)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        abandoned.incrementAndGet();
    }

    List<Acknowledged> acknowledged() {
        return new ArrayList<>(acknowledged);
    }

    List<Acknowledged> acknowledged(Kind kind) {
        return acknowledged.stream().filter(write -> write.kind() == kind).toList();
    }

    List<String> refused() {
        return new ArrayList<>(refused);
    }

    int attempted() {
        return attempted.get();
    }

    int abandoned() {
        return abandoned.get();
    }

    long retries() {
        return retries.get();
    }
}
