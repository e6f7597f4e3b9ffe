package org.maillage.diagnostics.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of territories (the body is a CursorPage). */
@Schema(name = "TerritoryPage")
public record TerritoryPage(
        List<TerritoryListItem> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
}
