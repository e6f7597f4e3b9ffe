package org.maillage.actors.domain;

import java.util.Optional;
import org.maillage.territory.TerritoryLevel;

/**
 * Official identifiers of an organisation. The COG_* schemes carry a local authority's official code in the
 * Code officiel géographique (the EPCI's SIREN for COG_EPCI): they must name a territory of the reference.
 */
public enum IdentifierScheme {
    SIREN(null),
    SIRET(null),
    RNA(null),
    COG_COMMUNE(TerritoryLevel.COMMUNE),
    COG_EPCI(TerritoryLevel.EPCI),
    COG_DEPARTEMENT(TerritoryLevel.DEPARTEMENT),
    COG_REGION(TerritoryLevel.REGION),
    COG_COLLECTIVITE_OUTRE_MER(TerritoryLevel.COLLECTIVITE_OUTRE_MER);

    private final TerritoryLevel territoryLevel;

    IdentifierScheme(TerritoryLevel territoryLevel) {
        this.territoryLevel = territoryLevel;
    }

    /** The level of the territory a local-authority code names; empty for other schemes. */
    public Optional<TerritoryLevel> territoryLevel() {
        return Optional.ofNullable(territoryLevel);
    }
}
