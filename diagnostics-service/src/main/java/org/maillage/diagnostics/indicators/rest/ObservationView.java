package org.maillage.diagnostics.indicators.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.domain.ObservationBounds;
import org.maillage.diagnostics.indicators.domain.StoredObservation;

@Schema(name = "Observation", description = "The value of an indicator for a territory and a period")
public record ObservationView(
        @Schema(example = "demo_unemployment_rate", maxLength = 64) String indicator,
        @Schema(example = "2024", maxLength = 10) String period,
        @Schema(description = "Imported values lie within ±10^15; derived sums within ±10^20", example = "9.7",
                minimum = ObservationBounds.MIN_AGGREGATE_TEXT, maximum = ObservationBounds.MAX_AGGREGATE_TEXT) double value,
        @Schema(description = "Derived from the communes by the indicator's aggregation rather than imported") boolean derived,
        @Schema(example = "derived from 39 communes", maxLength = ObservationImportRequest.MAX_SOURCE) String source,
        Instant updatedAt) {

    static ObservationView of(StoredObservation o) {
        return new ObservationView(o.indicator(), o.period(), o.value(), o.derived(), o.source(), o.updatedAt());
    }
}
