package org.maillage.diagnostics.domain;

import java.util.UUID;

/** A member of an alliance, as its events describe it. */
public record AllianceMember(UUID actorId, String role) {
}
