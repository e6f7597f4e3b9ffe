package org.maillage.alliances.domain;

import java.time.Instant;

/** A move an alliance made: from where to where, its outcome once it has one, and when. */
public record StateChange(AllianceState from, AllianceState to, Outcome outcome, Instant at) {
}
