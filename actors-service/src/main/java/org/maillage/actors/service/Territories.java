package org.maillage.actors.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.maillage.actors.domain.ActorTerritory;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryReference;

/**
 * The territorial reference shared with diagnostics-service, loaded once. A code alone can name two
 * territories (93 is Seine-Saint-Denis and Provence-Alpes-Côte d'Azur): without a level, the smallest
 * territory wins, and "LEVEL:code" names another.
 */
@Startup
@ApplicationScoped
public class Territories {

    private final TerritoryReference reference = TerritoryReference.load();

    /** Resolves a code with an optional level; empty when the reference has no such territory. */
    public Optional<Territory> resolve(TerritoryLevel level, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip().toUpperCase(Locale.ROOT);
        if (level != null) {
            return reference.find(level, trimmed);
        }
        return reference.findByCode(trimmed).stream().max(Comparator.comparing(Territory::level));
    }

    /** Parses a filter value: "93", or "REGION:93". */
    public Optional<Territory> parse(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return resolve(null, value);
        }
        try {
            TerritoryLevel level = TerritoryLevel.valueOf(value.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            return resolve(level, value.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<Territory> find(TerritoryKey key) {
        return reference.find(key.level(), key.code());
    }

    public String nameOf(TerritoryLevel level, String code) {
        return reference.find(level, code).map(Territory::name).orElse(code);
    }

    /** The declared territories and all their ancestors, a declared territory never marked as an ancestor. */
    public Set<ActorTerritory> withAncestors(List<TerritoryKey> declared) {
        Set<ActorTerritory> rows = new LinkedHashSet<>();
        declared.forEach(key -> rows.add(new ActorTerritory(key.level(), key.code(), true)));
        for (TerritoryKey key : declared) {
            Territory territory = reference.find(key.level(), key.code()).orElseThrow();
            for (TerritoryKey parent : territory.parents()) {
                if (!declared.contains(parent)) {
                    rows.add(new ActorTerritory(parent.level(), parent.code(), false));
                }
            }
        }
        return rows;
    }
}
