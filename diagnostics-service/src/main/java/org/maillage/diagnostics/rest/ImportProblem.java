package org.maillage.diagnostics.rest;

import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.problem.FieldError;

/** RFC 9457 problem of a rejected import, with the extension member {@code report}. */
@Schema(name = "ImportProblem", description = "Problem of an all-or-nothing import with rejected rows: nothing was"
        + " written; `report.rejections` lists every rejected row with its line and reason")
public record ImportProblem(URI type, String title, int status, String detail, String instance,
                            @Schema(description = "The first rejections, as field errors (field: `line 7: CODGEO`)")
                            List<FieldError> errors,
                            String correlationId,
                            ImportReportView report) {
}
