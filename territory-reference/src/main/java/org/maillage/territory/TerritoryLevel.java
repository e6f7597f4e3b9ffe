package org.maillage.territory;

/** Levels of the French territorial division, largest first. */
public enum TerritoryLevel {
    REGION,
    /** Overseas collectivity (Saint-Pierre-et-Miquelon, Polynésie française, …): neither a région nor a département. */
    COLLECTIVITE_OUTRE_MER,
    DEPARTEMENT,
    /** Établissement public de coopération intercommunale à fiscalité propre, identified by its SIREN. */
    EPCI,
    COMMUNE
}
