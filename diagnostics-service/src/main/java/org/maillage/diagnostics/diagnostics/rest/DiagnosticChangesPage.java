package org.maillage.diagnostics.diagnostics.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.Checkpoint;

/** OpenAPI shape of an answer of the diagnostics' change feed (the body is a commons SyncPage). */
@Schema(name = "DiagnosticChanges")
public record DiagnosticChangesPage(
        @Schema(maxItems = PageRequest.MAX_LIMIT, description = "Diagnostics changed after the checkpoint, in commit order")
        List<DiagnosticView> items,
        @Schema(description = "Checkpoint to send next time", maxLength = Checkpoint.MAX_LENGTH, pattern = Checkpoint.PATTERN)
        String checkpoint,
        @Schema(description = "More changes are waiting: ask again at once with checkpoint") boolean hasMore) {
}
