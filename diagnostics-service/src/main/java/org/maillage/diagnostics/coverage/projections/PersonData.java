package org.maillage.diagnostics.coverage.projections;

import java.util.List;
import java.util.UUID;

/**
 * What this service reads of an org.maillage.person.* event: ids, professions and the version, never personal
 * data. A field an event lacks is null.
 */
public record PersonData(UUID personId, UUID actorId, List<String> professions, Boolean removed, Boolean erased,
                         Long version) {
}
