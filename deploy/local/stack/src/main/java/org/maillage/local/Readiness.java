package org.maillage.local;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a component until it answers, giving up on timeout, on cancellation or when its process ends. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    /** Checks readiness once: returns normally when ready, throws with the reason when not yet. */
    @FunctionalInterface
    interface Probe {
        void check() throws Exception;
    }

    private Readiness() {
    }

    static void await(ManagedProcess process, Duration timeout, BooleanSupplier cancelled, Probe probe)
            throws StartupException {
        await(process.name(), timeout, cancelled, () -> {
            if (!process.isAlive()) {
                throw new ProcessEnded("stopped with exit code " + process.exitValue() + " before it was ready");
            }
            probe.check();
        }, () -> LogTail.of(process.logFile(), 40));
    }

    /** @param details what to add to a failure message: a log's tail, advice */
    static void await(String component, Duration timeout, BooleanSupplier cancelled, Probe probe,
                      Supplier<String> details) throws StartupException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = "no answer";
        while (!cancelled.getAsBoolean()) {
            try {
                probe.check();
                return;
            } catch (ProcessEnded e) {
                throw new StartupException(component + " " + e.getMessage() + ".\n" + details.get());
            } catch (Exception e) {
                lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new StartupException(component + " was not ready after " + timeout.toSeconds() + " s ("
                        + lastProblem + ").\n" + details.get());
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new StartupException("Start-up of " + component + " was cancelled.");
    }

    private static final class ProcessEnded extends Exception {
        ProcessEnded(String message) {
            super(message, null, false, false);
        }
    }
}
