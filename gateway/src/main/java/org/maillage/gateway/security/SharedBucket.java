package org.maillage.gateway.security;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import java.time.Duration;
import java.util.Optional;

/**
 * One caller's bucket in {@link SharedBuckets}, knowing when it can answer without PostgreSQL, so that most calls
 * are decided on the event loop and only those that synchronise go to a worker thread.
 *
 * <p>Bucket4j's delaying optimisation answers from the state it last read while fewer than {@code unsynchronised}
 * tokens were taken since, and for at most the sync interval; it synchronises otherwise. This bucket keeps the
 * same count of tokens consumed, conservatively: its clock starts before each synchronisation rather than after,
 * with a margin for Bucket4j measuring time on the wall clock. A call it sends to a worker makes Bucket4j
 * synchronise, so that both counts start again together. No call answered from memory overlaps a synchronisation,
 * which it would wait for.
 */
public final class SharedBucket {

    /** Kept off the end of the sync interval, for the difference between the two clocks. */
    static final Duration CLOCK_MARGIN = Duration.ofMillis(250);

    private final BucketProxy bucket;
    private final long unsynchronised;
    private final long windowNanos;
    private boolean synchronisedOnce;
    private long lastSyncStartedNanos;
    private long takenSinceSync;
    private int syncsInFlight;

    /**
     * @param unsynchronised tokens the optimisation may take before it synchronises (0: it synchronises every call)
     */
    SharedBucket(BucketProxy bucket, long unsynchronised, Duration syncInterval) {
        this.bucket = bucket;
        this.unsynchronised = unsynchronised;
        this.windowNanos = Math.max(0, syncInterval.minus(CLOCK_MARGIN).toNanos());
    }

    /** A token taken from the state in memory, or empty when taking one needs PostgreSQL ({@link #take}). */
    public synchronized Optional<ConsumptionProbe> takeFromMemory() {
        if (!synchronisedOnce || syncsInFlight > 0 || takenSinceSync >= unsynchronised
                || System.nanoTime() - lastSyncStartedNanos >= windowNanos) {
            return Optional.empty();
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            takenSinceSync++;
        }
        return Optional.of(probe);
    }

    /**
     * A token taken through PostgreSQL: may block, so never on the event loop. The first of concurrent calls makes
     * Bucket4j synchronise; the others are left to Bucket4j, which answers them from the state that brings.
     */
    public ConsumptionProbe take() {
        boolean synchronising;
        synchronized (this) {
            synchronising = unsynchronised > 0 && syncsInFlight == 0;
            syncsInFlight++;
            if (synchronising) {
                // Counted from before the synchronisation: every token taken from here on is counted.
                lastSyncStartedNanos = System.nanoTime();
                takenSinceSync = 0;
            }
        }
        ConsumptionProbe probe = null;
        try {
            if (synchronising) {
                bucket.getOptimizationController().syncImmediately();
            }
            probe = bucket.tryConsumeAndReturnRemaining(1);
            return probe;
        } finally {
            synchronized (this) {
                syncsInFlight--;
                if (probe != null && probe.isConsumed()) {
                    takenSinceSync++;
                }
                if (synchronising) {
                    // A failed synchronisation leaves Bucket4j on its older state: memory waits for the next one.
                    synchronisedOnce = probe != null;
                }
            }
        }
    }
}
