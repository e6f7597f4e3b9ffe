package org.maillage.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A pid with the process's start time, so a reused pid is never mistaken for the process recorded. */
record PidRecord(long pid, Instant started) {

    static PidRecord of(ProcessHandle process) {
        return new PidRecord(process.pid(), process.info().startInstant().orElse(Instant.EPOCH));
    }

    static Optional<PidRecord> parse(String text) {
        String[] parts = text.trim().split("\\s+");
        try {
            return Optional.of(new PidRecord(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1]))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    String format() {
        return pid + " " + started.toEpochMilli() + "\n";
    }

    /** The live process this record describes, if it still runs. */
    Optional<ProcessHandle> liveProcess() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().startInstant()
                        .map(start -> Duration.between(start, started).abs().compareTo(Duration.ofSeconds(1)) < 0)
                        .orElse(false));
    }
}
