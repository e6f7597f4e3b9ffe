package org.maillage.actors.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.paging.PageRequest;

/** OpenAPI shape of a page of people (the body is a commons CursorPage). */
@Schema(name = "PersonPage")
public record PersonPage(@Schema(maxItems = PageRequest.MAX_LIMIT) List<PersonResponse> items,
                         @Schema(description = "Cursor of the next page; absent on the last page",
                                maxLength = PageRequest.MAX_CURSOR_LENGTH, pattern = "^[A-Za-z0-9_=-]+$") String nextCursor) {
}
