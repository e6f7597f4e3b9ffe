package org.maillage.actors.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of people (the body is a commons CursorPage). */
@Schema(name = "PersonPage")
public record PersonPage(List<PersonResponse> items,
                         @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
}
