package org.maillage.diagnostics.indicators.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.Checkpoint;

/** OpenAPI shape of an answer of the indicators' change feed (the body is a commons SyncPage). */
@Schema(name = "IndicatorChanges")
public record IndicatorChangesPage(
        @Schema(maxItems = PageRequest.MAX_LIMIT, description = "Indicators, or tombstones of deleted ones, changed after the checkpoint, in commit order")
        List<IndicatorView> items,
        @Schema(description = "Checkpoint to send next time", maxLength = Checkpoint.MAX_LENGTH, pattern = Checkpoint.PATTERN)
        String checkpoint,
        @Schema(description = "More changes are waiting: ask again at once with checkpoint") boolean hasMore) {
}
