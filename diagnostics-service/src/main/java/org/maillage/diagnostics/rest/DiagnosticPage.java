package org.maillage.diagnostics.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of diagnostics (the body is a CursorPage). */
@Schema(name = "DiagnosticPage")
public record DiagnosticPage(
        List<DiagnosticView> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
}
