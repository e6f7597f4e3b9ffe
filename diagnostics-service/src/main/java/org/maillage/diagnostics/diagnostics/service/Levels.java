package org.maillage.diagnostics.diagnostics.service;

import org.maillage.territory.TerritoryLevel;

/** Plain names of territorial levels, for explanations. */
final class Levels {

    private Levels() {
    }

    static String plural(TerritoryLevel level) {
        return switch (level) {
            case REGION -> "régions";
            case COLLECTIVITE_OUTRE_MER -> "overseas collectivities";
            case DEPARTEMENT -> "départements";
            case EPCI -> "EPCI";
            case COMMUNE -> "communes";
        };
    }
}
