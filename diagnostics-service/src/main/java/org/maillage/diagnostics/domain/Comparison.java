package org.maillage.diagnostics.domain;

import org.maillage.territory.TerritoryLevel;

/**
 * The reference and the peers of a diagnostic, resolved.
 *
 * @param referenceCode null for the nation
 * @param peerParentCode null for national peers
 */
public record Comparison(ReferenceType referenceType, String referenceCode, TerritoryLevel referenceLevel,
                         String referenceName, PeerScope peerScope, String peerParentCode, TerritoryLevel peerParentLevel,
                         String peerParentName) {
}
