package org.maillage.diagnostics.coverage.projections;

import java.util.List;
import java.util.UUID;

/** What this service reads of the data of an org.maillage.actor.* event; a field an event lacks is null. */
public record ActorData(UUID actorId, String name, String kind, String world, List<NamedTerritory> territories,
                        Boolean archived) {
}
