package org.maillage.diagnostics.indicators.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.domain.Aggregation;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.diagnostics.indicators.domain.Polarity;
import org.maillage.diagnostics.indicators.service.IndicatorEntry;
import org.maillage.vocabulary.Theme;

@Schema(name = "Indicator", description = "An indicator of the catalogue. In a change list (updatedSince with"
        + " includeArchived=true) a deleted indicator appears as a tombstone: code, theme, updatedAt and deletedAt only.")
public record IndicatorView(
        @Schema(example = "unemployment_rate", maxLength = 64) String code,
        @Schema(example = "Unemployment rate (15-64)", maxLength = IndicatorRequest.MAX_LABEL) String label,
        @Schema(maxLength = IndicatorRequest.MAX_DESCRIPTION) String description,
        @Schema(example = "%", maxLength = IndicatorRequest.MAX_UNIT) String unit,
        @Schema(example = "EMPLOYMENT") Theme theme,
        @Schema(example = "HIGHER_IS_WORSE") Polarity polarity,
        @Schema(example = "POPULATION_WEIGHTED_MEAN") Aggregation aggregation,
        @Schema(example = "INSEE, recensement de la population 2021", maxLength = IndicatorRequest.MAX_SOURCE)
        String source,
        @Schema(description = "True for the generated demo dataset: these figures are NOT real statistics")
        boolean synthetic,
        @Schema(description = "Optimistic-locking version, also the ETag; null on a tombstone", example = "0",
                minimum = "0", maximum = "9223372036854775807") Long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Set on tombstones only: when the indicator was deleted") Instant deletedAt) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.code(), indicator.label(), indicator.description(), indicator.unit(),
                indicator.theme(), indicator.polarity(), indicator.aggregation(), indicator.source(),
                indicator.synthetic(), indicator.version(), indicator.createdAt(), indicator.updatedAt(), null);
    }

    static IndicatorView of(IndicatorEntry entry) {
        return entry.indicator() != null ? of(entry.indicator())
                : new IndicatorView(entry.code(), null, null, null, entry.theme(), null, null, null, false, null, null,
                        entry.at(), entry.at());
    }
}
