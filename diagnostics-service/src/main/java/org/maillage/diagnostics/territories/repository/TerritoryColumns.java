package org.maillage.diagnostics.territories.repository;

import java.util.Optional;
import org.maillage.territory.TerritoryLevel;

/** Which column of the territory table holds the code of a parent of a given level. */
public final class TerritoryColumns {

    private TerritoryColumns() {
    }

    /** The parent column for territories contained in one of this level; empty for communes (they contain nothing). */
    public static Optional<String> parentColumn(TerritoryLevel parentLevel) {
        return Optional.ofNullable(switch (parentLevel) {
            case REGION -> "region_code";
            case COLLECTIVITE_OUTRE_MER -> "collectivite_outre_mer_code";
            case DEPARTEMENT -> "departement_code";
            case EPCI -> "epci_code";
            case COMMUNE -> null;
        });
    }
}
