package org.maillage.diagnostics.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of indicators (the body is a CursorPage). */
@Schema(name = "IndicatorPage")
public record IndicatorPage(
        List<IndicatorView> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
}
