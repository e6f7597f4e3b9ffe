package org.maillage.diagnostics.territories.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.rest.TerritoryKeyView;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "TerritorySummary", description = "A territory in a list; its parents are given by key only")
public record TerritoryListItem(
        @Schema(example = "93066", maxLength = 9) String code,
        @Schema(example = "Saint-Denis", maxLength = Bounds.TERRITORY_NAME) String name,
        @Schema(example = "COMMUNE") TerritoryLevel level,
        @Schema(example = "113942", minimum = "0", maximum = Bounds.LONG_MAX) long population,
        @Schema(description = "Territories containing this one, nearest first", maxItems = Bounds.PARENTS) List<TerritoryKeyView> parents) {

    static TerritoryListItem of(Territory territory) {
        return new TerritoryListItem(territory.code(), territory.name(), territory.level(), territory.population(),
                territory.parents().stream().map(TerritoryKeyView::of).toList());
    }
}
