package org.maillage.diagnostics.diagnostics.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.diagnostics.diagnostics.domain.Comparison;
import org.maillage.diagnostics.diagnostics.domain.PeerScope;
import org.maillage.diagnostics.diagnostics.domain.ReferenceType;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.service.TerritoryService;
import org.maillage.territory.TerritoryLevel;

/** Resolves the territory, reference and peers a diagnostic request names; 422 when they do not exist. */
@ApplicationScoped
public class ComparisonResolver {

    private final TerritoryService territories;

    public ComparisonResolver(TerritoryService territories) {
        this.territories = territories;
    }

    public Territory territory(String code, TerritoryLevel level, String field) {
        return known(() -> territories.resolve(code, Optional.ofNullable(level)), field);
    }

    /** A list's territory filter, "93" or "REGION:93" (see {@link TerritoryService#resolveFilter}). */
    public Territory territoryFilter(String value, String field) {
        return known(() -> territories.resolveFilter(value), field);
    }

    private static Territory known(Supplier<Territory> lookup, String field) {
        try {
            return lookup.get();
        } catch (ResourceNotFoundException e) {
            throw new UnprocessableException(e.getMessage(), List.of(new FieldError(field, "UnknownTerritory", e.getMessage())));
        }
    }

    public Comparison resolve(Territory target, DiagnosticSpec spec) {
        List<Territory> parents = territories.parentsOf(target);
        ReferenceType type = spec.referenceType() == null ? ReferenceType.NATION : spec.referenceType();
        Territory reference = switch (type) {
            case NATION -> null;
            case PARENT -> parent(parents, spec.referenceLevel(), "reference.level", target);
            case TERRITORY -> {
                if (spec.referenceCode() == null) {
                    throw new UnprocessableException("A TERRITORY reference needs a code",
                            List.of(new FieldError("reference.code", "Required", "must be given for a TERRITORY reference")));
                }
                yield territory(spec.referenceCode(), spec.referenceLevel(), "reference.code");
            }
        };
        PeerScope scope = spec.peerScope() == null ? PeerScope.NATIONAL : spec.peerScope();
        Territory peerParent = scope == PeerScope.NATIONAL ? null : parent(parents, spec.peerParentLevel(), "peers.level", target);
        return new Comparison(type, reference == null ? null : reference.code(), reference == null ? null : reference.level(),
                reference == null ? "France" : reference.name(), scope,
                peerParent == null ? null : peerParent.code(), peerParent == null ? null : peerParent.level(),
                peerParent == null ? null : peerParent.name());
    }

    private static Territory parent(List<Territory> parents, TerritoryLevel level, String field, Territory target) {
        return parents.stream().filter(p -> level == null || p.level() == level).findFirst()
                .orElseThrow(() -> new UnprocessableException(target.level() + " " + target.code() + " (" + target.name()
                        + ") has no parent" + (level == null ? "" : " of level " + level),
                        List.of(new FieldError(field, "NoSuchParent", "the territory has no such parent"))));
    }
}
