package org.maillage.diagnostics.territories.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.openapi.Count;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.territories.service.TerritoryWithParents;
import org.maillage.territory.TerritoryLevel;

@Schema(name = "Territory", description = "A French région, overseas collectivity, département, EPCI or commune")
public record TerritoryView(
        @Schema(description = "INSEE code, or SIREN for an EPCI; unique only within a level", example = "75056",
                maxLength = Bounds.TERRITORY_CODE) String code,
        @Schema(example = "Paris", maxLength = Bounds.TERRITORY_NAME) String name,
        @Schema(example = "COMMUNE") TerritoryLevel level,
        @Schema(description = "Legal municipal population; above the commune, the sum of its communes", example = "2103778",
                minimum = "0", maximum = Bounds.LONG_MAX)
        long population,
        @Schema(description = "Territories containing this one, nearest first", maxItems = Bounds.PARENTS) List<TerritoryParentView> parents,
        @Schema(description = "How many territories this one contains, by level (empty for a commune)",
                additionalProperties = Count.class,
                example = "{\"EPCI\": 9, \"COMMUNE\": 40}") Map<String, Long> childrenCounts) {

    static TerritoryView of(TerritoryWithParents found) {
        Map<String, Long> counts = new LinkedHashMap<>();
        found.childrenCounts().forEach((level, count) -> counts.put(level.name(), count));
        return new TerritoryView(found.territory().code(), found.territory().name(), found.territory().level(),
                found.territory().population(), found.parents().stream().map(TerritoryParentView::of).toList(), counts);
    }
}
