package org.maillage.diagnostics.coverage.domain;

import java.util.UUID;

/** A member of an alliance, as its events describe it. */
public record AllianceMember(UUID actorId, String role) {
}
