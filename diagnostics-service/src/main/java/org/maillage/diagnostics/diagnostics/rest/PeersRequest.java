package org.maillage.diagnostics.diagnostics.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.diagnostics.domain.PeerScope;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "PeersRequest", description = "Among which territories of the same level percentile ranks are computed:"
        + " NATIONAL (default) or PARENT (those within a parent; `level` picks which, default the nearest)")
public record PeersRequest(
        @Schema(example = "NATIONAL", defaultValue = "NATIONAL") PeerScope scope,
        @Schema(example = "DEPARTEMENT") TerritoryLevel level) {
}
