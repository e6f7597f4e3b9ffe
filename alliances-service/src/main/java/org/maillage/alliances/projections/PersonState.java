package org.maillage.alliances.projections;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What this service reads of org.maillage.person.added/updated/removed/erased.v1. Professions are read as
 * strings so a profession added to the registry's vocabulary does not break this reader.
 */
public record PersonState(UUID personId, UUID actorId, Set<String> professions, boolean removed, boolean erased,
                          long version, Instant at) {

    public static final String MEDIATOR_PROFESSION = "INTER_ORGANISATION_MEDIATOR";

    public boolean holdsMediatorProfession() {
        return professions != null && professions.contains(MEDIATOR_PROFESSION);
    }

    /** Removed and erased people no longer mediate; the row stays, for the versions that follow. */
    public boolean gone() {
        return removed || erased;
    }
}
