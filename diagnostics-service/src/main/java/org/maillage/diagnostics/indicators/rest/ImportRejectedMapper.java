package org.maillage.diagnostics.indicators.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.Problem;
import org.maillage.commons.web.RequestIds;
import org.maillage.diagnostics.indicators.service.ImportRejectedException;

/** A rejected all-or-nothing import answers 422 with the full report as a problem extension. */
public class ImportRejectedMapper {

    static final int FIELD_ERRORS_SHOWN = 50;
    static final String TITLE = "Import rejected";

    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e, ContainerRequestContext request) {
        ImportReportView report = ImportReportView.of(e.report());
        List<FieldError> errors = report.rejections().stream().limit(FIELD_ERRORS_SHOWN)
                .map(r -> new FieldError("line " + r.line() + (r.column() == null ? "" : ": " + r.column()), r.code(), r.reason()))
                .toList();
        String id = RequestIds.of(request);
        ImportProblem problem = new ImportProblem(Problem.type("import-rejected"), TITLE, 422,
                e.getMessage() + " (send mode=PARTIAL to write the valid rows anyway)",
                request.getUriInfo().getRequestUri().getRawPath(), errors, id, report);
        return Response.status(422).type(Problem.MEDIA_TYPE).header(RequestIds.HEADER, id).entity(problem).build();
    }
}
