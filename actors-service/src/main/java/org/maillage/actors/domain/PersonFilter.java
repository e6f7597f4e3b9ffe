package org.maillage.actors.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.commons.http.SyncRequest;
import org.maillage.territory.TerritoryKey;

/**
 * Criteria of the people directory; empty sets and nulls mean "any". A territory matches the people of the
 * organisations acting on it, inside it or on a territory containing it (its ancestors, given here), as the
 * actor list's territory filter does.
 *
 * @param professions people holding any of these
 * @param actors      people of any of these organisations
 */
public record PersonFilter(Set<Profession> professions, Set<UUID> actors, String text, TerritoryKey territory,
                           List<TerritoryKey> territoryAncestors, SyncRequest sync) {

    public PersonFilter {
        professions = Set.copyOf(professions);
        actors = Set.copyOf(actors);
        territoryAncestors = List.copyOf(territoryAncestors);
    }
}
