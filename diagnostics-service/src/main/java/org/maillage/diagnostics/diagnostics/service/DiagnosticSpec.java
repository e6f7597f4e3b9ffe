package org.maillage.diagnostics.diagnostics.service;

import java.util.List;
import org.maillage.diagnostics.diagnostics.domain.PeerScope;
import org.maillage.diagnostics.diagnostics.domain.ReferenceType;
import org.maillage.territory.TerritoryLevel;

/**
 * What to diagnose.
 *
 * @param indicators      null or empty: every indicator with a value for the territory and period
 * @param referenceLevel  PARENT: which parent (default the nearest); TERRITORY: the level of referenceCode if ambiguous
 * @param peerParentLevel PARENT peers: within which parent (default the nearest)
 */
public record DiagnosticSpec(String territoryCode, TerritoryLevel level, String period, List<String> indicators,
                             ReferenceType referenceType, String referenceCode, TerritoryLevel referenceLevel,
                             PeerScope peerScope, TerritoryLevel peerParentLevel) {

    /** The same spec for another territory of a batch. */
    public DiagnosticSpec forTerritory(String code, TerritoryLevel territoryLevel) {
        return new DiagnosticSpec(code, territoryLevel, period, indicators, referenceType, referenceCode, referenceLevel,
                peerScope, peerParentLevel);
    }
}
