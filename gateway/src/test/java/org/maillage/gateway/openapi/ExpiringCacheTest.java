package org.maillage.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicLong clock = new AtomicLong();
    private final List<Promise<String>> loads = new ArrayList<>();
    private final ExpiringCache<String> cache = new ExpiringCache<>(this::load,
            value -> value.startsWith("degraded") ? Duration.ofSeconds(5) : Duration.ofSeconds(30), clock::get);

    @Test
    void callersDuringALoadShareIt() {
        Future<String> first = cache.get();
        Future<String> second = cache.get();
        loads.get(0).complete("complete");

        assertEquals(1, loads.size());
        assertEquals("complete", first.result());
        assertEquals("complete", second.result());
    }

    @Test
    void keepsAValueForTheTimeItDeserves() {
        cache.get();
        loads.get(0).complete("complete");
        clock.addAndGet(Duration.ofSeconds(29).toNanos());
        assertEquals("complete", cache.get().result());
        assertEquals(1, loads.size());

        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.get();
        loads.get(1).complete("degraded, one service down");
        clock.addAndGet(Duration.ofSeconds(6).toNanos());
        cache.get();
        assertEquals(3, loads.size());
    }

    @Test
    void doesNotKeepAFailure() {
        Future<String> failed = cache.get();
        loads.get(0).fail("boom");
        Future<String> retried = cache.get();

        assertEquals("boom", failed.cause().getMessage());
        assertEquals(2, loads.size());
        assertFalse(retried.isComplete());
    }

    private Future<String> load() {
        Promise<String> promise = Promise.promise();
        loads.add(promise);
        return promise.future();
    }
}
