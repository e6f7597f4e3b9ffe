package org.maillage.commons.health;

import java.time.Duration;
import java.util.Optional;

/** When a background loop last went round, for the liveness checks: a loop that stopped turning is wedged. */
public final class Heartbeat {

    private volatile long lastBeatNanos;
    private volatile boolean running;

    /** Called at every turn of the loop, whatever the turn achieved. */
    public void beat() {
        lastBeatNanos = System.nanoTime();
        running = true;
    }

    public void stopped() {
        running = false;
    }

    /** Time since the last turn; empty when the loop is not running (disabled, stopped or not started yet). */
    public Optional<Duration> sinceLastBeat() {
        return running ? Optional.of(Duration.ofNanos(System.nanoTime() - lastBeatNanos)) : Optional.empty();
    }
}
