package org.maillage.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps the last loaded value for a time that depends on the value; callers arriving during a load share it,
 * and a failed load is not kept.
 */
final class ExpiringCache<T> {

    private record Stamped<T>(T value, long loadedAtNanos) {
    }

    private final Supplier<Future<T>> loader;
    private final Function<T, Duration> timeToLive;
    private final LongSupplier nanoClock;
    private final AtomicReference<Future<Stamped<T>>> current = new AtomicReference<>();

    ExpiringCache(Supplier<Future<T>> loader, Function<T, Duration> timeToLive, LongSupplier nanoClock) {
        this.loader = loader;
        this.timeToLive = timeToLive;
        this.nanoClock = nanoClock;
    }

    Future<T> get() {
        while (true) {
            Future<Stamped<T>> seen = current.get();
            if (seen != null && usable(seen)) {
                return seen.map(Stamped::value);
            }
            Promise<Stamped<T>> loading = Promise.promise();
            if (current.compareAndSet(seen, loading.future())) {
                loader.get().map(value -> new Stamped<>(value, nanoClock.getAsLong())).onComplete(loading);
                return loading.future().map(Stamped::value);
            }
        }
    }

    private boolean usable(Future<Stamped<T>> entry) {
        if (!entry.isComplete()) {
            return true;
        }
        return entry.succeeded()
                && nanoClock.getAsLong() - entry.result().loadedAtNanos() < timeToLive.apply(entry.result().value()).toNanos();
    }
}
