package org.maillage.actors.domain;

import java.time.Instant;
import java.util.UUID;

/** A reference system and the organisation it belongs to, since it first wrote in it or an admin assigned it. */
public record ReferenceSystemClaim(String system, UUID organisationId, Instant claimedAt) {
}
