package org.maillage.diagnostics.indicators.rest;

import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.problem.FieldError;

/** RFC 9457 problem of a rejected import, with the extension member {@code report}. */
@Schema(name = "ImportProblem", description = "Problem of an all-or-nothing import with rejected rows: nothing was"
        + " written; `report.rejections` lists the first rejected rows with their line and reason, `report.rejected`"
        + " counts them all")
public record ImportProblem(@Schema(maxLength = 200) URI type,
                            @Schema(enumeration = ImportRejectedMapper.TITLE) String title,
                            @Schema(minimum = "422", maximum = "422") int status,
                            @Schema(maxLength = 2000) String detail,
                            @Schema(description = "Path of the request", maxLength = 4096) String instance,
                            @Schema(description = "The first rejections, as field errors (field: `line 7: CODGEO`)",
                                    maxItems = ImportRejectedMapper.FIELD_ERRORS_SHOWN)
                            List<FieldError> errors,
                            @Schema(maxLength = 128, pattern = "^[A-Za-z0-9._:-]+$") String correlationId,
                            ImportReportView report) {
}
