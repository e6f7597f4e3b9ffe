package org.maillage.alliances.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.maillage.alliances.domain.TerritoryScope;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryReference;

/**
 * The territorial reference shared with actors-service, loaded once. An alliance names its territories by
 * INSEE code; a code alone can name two territories (93 is Seine-Saint-Denis and Provence-Alpes-Côte d'Azur):
 * the smallest one is meant, as in actors-service, and filters accept "LEVEL:code" for the other.
 */
@Startup
@ApplicationScoped
public class Territories {

    private final TerritoryReference reference = TerritoryReference.load();

    /** A filter value: "93" (the smallest territory with that code) or "REGION:93". */
    public Optional<Territory> parse(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return smallest(value);
        }
        try {
            TerritoryLevel level = TerritoryLevel.valueOf(value.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            return reference.find(level, value.substring(colon + 1).strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The declared codes resolved in the reference, with all their ancestors; a declared territory is never
     * marked as an ancestor. An unknown code is a 422 naming each one.
     */
    public List<TerritoryScope> scopeOf(List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        List<Territory> declared = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Optional<Territory> territory = smallest(codes.get(i));
            if (territory.isEmpty()) {
                errors.add(new FieldError("territories[" + i + "]", "UnknownTerritory",
                        codes.get(i) + " is not in the territorial reference"));
            } else {
                declared.add(territory.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("Unknown territories: "
                    + String.join("; ", errors.stream().map(FieldError::message).toList()), errors);
        }
        return withAncestors(declared);
    }

    /** Like {@link #scopeOf} but skipping unknown codes, for rows written before codes were checked. */
    public List<TerritoryScope> knownScopeOf(List<String> codes) {
        return withAncestors(codes.stream().map(this::smallest).flatMap(Optional::stream).toList());
    }

    private static List<TerritoryScope> withAncestors(List<Territory> declared) {
        Map<TerritoryKey, TerritoryScope> scope = new LinkedHashMap<>();
        declared.forEach(t -> scope.put(t.key(), new TerritoryScope(t.level(), t.code(), true)));
        for (Territory t : declared) {
            t.parents().forEach(p -> scope.putIfAbsent(p, new TerritoryScope(p.level(), p.code(), false)));
        }
        return List.copyOf(scope.values());
    }

    /** The name of the territory a declared code names; the caller has checked it with {@link #scopeOf}. */
    public String name(String code) {
        return smallest(code).map(Territory::name).orElse(code);
    }

    private Optional<Territory> smallest(String code) {
        return reference.findByCode(code.strip().toUpperCase(Locale.ROOT)).stream()
                .max(Comparator.comparing(Territory::level));
    }
}
