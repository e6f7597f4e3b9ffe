package org.maillage.actors.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;

/**
 * Data of org.maillage.actor.merged.v1: every reference to absorbedId must now point to survivorId. The
 * absorbed actor also gets an archived event naming the survivor.
 */
public record ActorMerged(UUID survivorId, UUID absorbedId, List<Identifier> movedIdentifiers,
                          List<ExternalRef> movedExternalRefs, Instant mergedAt) {
}
