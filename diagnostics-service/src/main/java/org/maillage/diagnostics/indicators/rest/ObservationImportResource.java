package org.maillage.diagnostics.indicators.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.Problem;
import org.maillage.commons.web.QueryParams;
import org.maillage.diagnostics.indicators.domain.Stewardship;
import org.maillage.diagnostics.indicators.service.CsvObservationParser;
import org.maillage.diagnostics.indicators.service.ImportLog;
import org.maillage.diagnostics.indicators.service.ImportMode;
import org.maillage.diagnostics.indicators.service.ImportReport;
import org.maillage.diagnostics.indicators.service.ObservationImportService;
import org.maillage.diagnostics.indicators.service.ObservationRow;
import org.maillage.diagnostics.indicators.service.Stewards;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.territory.TerritoryLevel;

@Path("/api/v1/observation-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Values of indicators for territories and periods, imported in bulk")
public class ObservationImportResource {

    /** quarkus.http.limits.max-body-size (64M): a larger body is refused with 413, so a file has fewer characters. */
    static final int MAX_CSV_LENGTH = 64 * 1024 * 1024;


    private static final String DESCRIPTION = " Upserts on (indicator, territory, period). Every rejected row is"
            + " counted, and the first " + ImportReport.MAX_REJECTIONS_SHOWN + " reported with their line and reason."
            + " One import writes at most " + ImportReport.MAX_INDICATORS + " indicators and " + ImportReport.MAX_PERIODS
            + " periods (400 beyond, nothing written). Values lie within ±10^15, so that no aggregation overflows"
            + " (JSON: 400 naming the field; CSV: the row is rejected, OutOfRange). `mode=ALL_OR_NOTHING` (default)"
            + " writes nothing when a row is"
            + " rejected (422); `mode=PARTIAL` writes the valid rows (200, status PARTIALLY_APPLIED). Values of EPCI,"
            + " départements, régions and overseas collectivities that were not imported are then derived from their"
            + " communes by each indicator's aggregation, weighted by legal populations. Emits one"
            + " org.maillage.observations.imported.v1 event per import. Scope diagnostics:write, and"
            + " observations:import (data-providing partners) or admin: every partner's diagnostics rest on these"
            + " shared figures (403 otherwise).";
    private static final String NOT_A_STEWARD = "The key has neither observations:import nor admin";
    private static final String OVERFLOW_OR_GONE = "An indicator was deleted during the import, or aggregating the"
            + " values overflows because of values stored before the ±10^15 bound: nothing written";

    private final ObservationImportService imports;
    private final ImportLog importLog;
    private final Stewards stewards;

    public ObservationImportResource(ObservationImportService imports, ImportLog importLog, Stewards stewards) {
        this.imports = imports;
        this.importLog = importLog;
        this.stewards = stewards;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importObservations", summary = "Import observations as JSON", description = "JSON import." + DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ObservationImportRequest.class),
            examples = @ExampleObject(name = "two", value = ImportExamples.JSON)))
    @APIResponse(responseCode = "200", description = "Applied, wholly or (PARTIAL mode) partly",
            content = @Content(schema = @Schema(implementation = ImportReportView.class),
                    examples = @ExampleObject(name = "applied", value = ImportExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown property, missing value, a value beyond"
            + " ±10^15, bad mode, more observations than " + ObservationImportRequest.MAX_OBSERVATIONS + ", more"
            + " indicators or periods than one import writes")
    @APIResponse(responseCode = "403", description = NOT_A_STEWARD)
    @APIResponse(responseCode = "409", description = OVERFLOW_OR_GONE)
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING import with rejected rows: nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class),
                    examples = @ExampleObject(name = "rejected", value = ImportExamples.REJECTED)))
    public ImportReportView importJson(
            @Parameter(description = "ALL_OR_NOTHING (default) or PARTIAL", schema = @Schema(implementation = ImportMode.class))
            @QueryParam("mode") String mode,
            @Valid @NotNull ObservationImportRequest request) {
        stewards.require(Stewardship.OBSERVATIONS);
        List<ObservationInput> items = request.observations();
        List<ObservationRow> rows = IntStream.range(0, items.size()).mapToObj(i -> {
            ObservationInput o = items.get(i);
            return new ObservationRow(i + 1, null, o.indicator(), o.territoryCode(), o.level(),
                    o.period() != null ? o.period() : request.period(), o.value(),
                    o.source() != null ? o.source() : request.source());
        }).toList();
        return ImportReportView.of(imports.importRows(rows, mode(mode), request.source()));
    }

    @POST
    @Path("/csv")
    @Consumes("text/csv")
    @Operation(operationId = "importObservationsCsv", summary = "Import observations as CSV",
            description = "CSV as statistics offices publish it: a CODGEO column of territory codes, one column per"
                    + " indicator named by its code, `;` or `,` separated, decimal comma or point; LIBGEO is ignored;"
                    + " empty cells and s / nd / NA markers are skipped. At most " + CsvObservationParser.MAX_LINES
                    + " lines after the header, " + CsvObservationParser.MAX_COLUMNS + " columns and "
                    + CsvObservationParser.MAX_VALUES + " values (400 beyond, nothing written); a cell longer than "
                    + CsvObservationParser.MAX_CELL_LENGTH + " characters rejects its line (CellTooLong)." + DESCRIPTION)
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING, maxLength = MAX_CSV_LENGTH), examples = @ExampleObject(name = "insee", value = ImportExamples.CSV)))
    @APIResponse(responseCode = "200", description = "Applied, wholly or (PARTIAL mode) partly",
            content = @Content(schema = @Schema(implementation = ImportReportView.class),
                    examples = @ExampleObject(name = "applied", value = ImportExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "Missing or invalid period, level or mode, more lines, columns or"
            + " values than one file may hold, more indicators than one import writes")
    @APIResponse(responseCode = "403", description = NOT_A_STEWARD)
    @APIResponse(responseCode = "409", description = OVERFLOW_OR_GONE)
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING import with rejected rows: nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class),
                    examples = @ExampleObject(name = "rejected", value = ImportExamples.REJECTED)))
    public ImportReportView importCsv(
            @Parameter(description = "Period of every value of the file", required = true, example = "2021")
            @QueryParam("period") @Size(max = Bounds.PERIOD) String period,
            @Parameter(description = "Level of the CODGEO codes (default COMMUNE)", schema = @Schema(implementation = TerritoryLevel.class))
            @QueryParam("level") String level,
            @Parameter(description = "Source of the values", example = "INSEE, recensement de la population 2021")
            @QueryParam("source") @Size(max = ObservationImportRequest.MAX_SOURCE) String source,
            @Parameter(description = "ALL_OR_NOTHING (default) or PARTIAL", schema = @Schema(implementation = ImportMode.class))
            @QueryParam("mode") String mode,
            String csv) {
        stewards.require(Stewardship.OBSERVATIONS);
        if (period == null || period.isBlank()) {
            throw new BadRequestException("period is required for a CSV import",
                    List.of(new FieldError("period", "Required", "must be given: 2024, 2024-Q1 or 2024-03")));
        }
        TerritoryLevel codesLevel = QueryParams.enumValue(TerritoryLevel.class, "level", level);
        return ImportReportView.of(imports.importCsv(csv == null ? "" : csv, period.strip(),
                codesLevel == null ? TerritoryLevel.COMMUNE : codesLevel, source, mode(mode)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getObservationImport", summary = "Read the report of an applied import")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "404", description = "No applied import has this id")
    public ImportReportView get(@PathParam("id") UUID id) {
        return ImportReportView.of(importLog.get(id));
    }

    private static ImportMode mode(String mode) {
        ImportMode parsed = QueryParams.enumValue(ImportMode.class, "mode", mode);
        return parsed == null ? ImportMode.ALL_OR_NOTHING : parsed;
    }
}
