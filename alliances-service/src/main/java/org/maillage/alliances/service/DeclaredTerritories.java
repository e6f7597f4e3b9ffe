package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryInScope;
import org.maillage.territory.TerritoryName;
import org.maillage.territory.TerritoryReference;

/**
 * The territories an alliance declares, by INSEE code alone (no "LEVEL:code" there): each names the smallest
 * territory with that code, as {@link TerritoryName} says.
 */
@ApplicationScoped
public class DeclaredTerritories {

    private final TerritoryReference reference;

    public DeclaredTerritories(TerritoryReference reference) {
        this.reference = reference;
    }

    /** The declared codes resolved in the reference, with all their ancestors; an unknown code is a 422 naming each one. */
    List<TerritoryInScope> scopeOf(List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        List<Territory> declared = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Optional<Territory> territory = resolve(codes.get(i));
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
        return TerritoryInScope.withAncestors(declared);
    }

    /** Like {@link #scopeOf} but skipping unknown codes, for rows written before codes were checked. */
    List<TerritoryInScope> knownScopeOf(List<String> codes) {
        return TerritoryInScope.withAncestors(codes.stream().map(this::resolve).flatMap(Optional::stream).toList());
    }

    /** The name of the territory a declared code names; the caller has checked it with {@link #scopeOf}. */
    String name(String code) {
        return resolve(code).map(Territory::name).orElse(code);
    }

    private Optional<Territory> resolve(String code) {
        return reference.resolve(TerritoryName.of(null, code));
    }
}
