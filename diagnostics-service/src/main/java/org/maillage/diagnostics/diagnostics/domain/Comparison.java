package org.maillage.diagnostics.diagnostics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.territory.TerritoryLevel;

/**
 * The reference and the peers of a diagnostic, resolved.
 *
 * @param referenceCode null for the nation
 * @param peerParentCode null for national peers
 */
public record Comparison(ReferenceType referenceType,
                         @Schema(maxLength = Territory.MAX_CODE_LENGTH) String referenceCode,
                         TerritoryLevel referenceLevel,
                         @Schema(maxLength = Territory.MAX_NAME_LENGTH) String referenceName,
                         PeerScope peerScope,
                         @Schema(maxLength = Territory.MAX_CODE_LENGTH) String peerParentCode,
                         TerritoryLevel peerParentLevel,
                         @Schema(maxLength = Territory.MAX_NAME_LENGTH) String peerParentName) {
}
