package org.maillage.diagnostics.indicators.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.paging.PageRequest;

/** OpenAPI shape of a page of indicators (the body is a CursorPage). */
@Schema(name = "IndicatorPage")
public record IndicatorPage(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<IndicatorView> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page",
                maxLength = PageRequest.MAX_CURSOR_LENGTH, pattern = "^[A-Za-z0-9_=-]+$") String nextCursor) {
}
