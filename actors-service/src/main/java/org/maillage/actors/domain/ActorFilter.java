package org.maillage.actors.domain;

import java.util.List;
import org.maillage.vocabulary.Theme;
import org.maillage.commons.http.SyncRequest;
import org.maillage.territory.TerritoryKey;

/**
 * Optional criteria of an actor list; null means "any". A territory filter matches actors acting on that
 * territory, inside it, or on a territory containing it (its ancestors, given here).
 */
public record ActorFilter(ActorKind kind, World world, Theme theme, String text, TerritoryKey territory,
                          List<TerritoryKey> territoryAncestors, Identifier identifier, Profession profession,
                          SyncRequest sync) {

    public static ActorFilter none() {
        return new ActorFilter(null, null, null, null, null, List.of(), null, null, SyncRequest.of(null, false));
    }
}
