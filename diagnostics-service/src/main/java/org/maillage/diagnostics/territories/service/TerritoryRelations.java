package org.maillage.diagnostics.territories.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.domain.TerritoryRef;
import org.maillage.diagnostics.territories.repository.TerritoryRepository;
import org.maillage.territory.TerritoryKey;

/** How territories named by actors and alliances relate to a territory, across levels. */
@ApplicationScoped
public class TerritoryRelations {

    /** LOCAL: the territory itself or one inside it; WIDER: one containing it (a région for a commune). */
    public enum Relation { LOCAL, WIDER }

    private final TerritoryRepository territories;

    public TerritoryRelations(TerritoryRepository territories) {
        this.territories = territories;
    }

    /** Resolves the territories named once, for many relation checks. */
    public Map<TerritoryKey, Territory> load(Collection<TerritoryRef> refs) {
        return territories.findByKeys(refs.stream().map(TerritoryRef::key).distinct().toList()).stream()
                .collect(Collectors.toMap(Territory::key, Function.identity()));
    }

    /** The closest relation of any of the named territories with the target, if any. */
    public Optional<Relation> relation(Territory target, Collection<TerritoryRef> named, Map<TerritoryKey, Territory> known) {
        Relation best = null;
        for (TerritoryRef ref : named) {
            Territory territory = known.get(ref.key());
            if (territory == null) {
                continue;
            }
            if (territory.key().equals(target.key()) || territory.parents().contains(target.key())) {
                return Optional.of(Relation.LOCAL);
            }
            if (target.parents().contains(territory.key())) {
                best = Relation.WIDER;
            }
        }
        return Optional.ofNullable(best);
    }

}
