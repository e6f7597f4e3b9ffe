package org.maillage.diagnostics.indicators.rest;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.service.ImportMode;
import org.maillage.diagnostics.indicators.service.ImportReport;
import org.maillage.diagnostics.rest.Bounds;

@Schema(name = "ImportReport", description = "What an import did")
public record ImportReportView(
        UUID importId,
        @Schema(enumeration = {"APPLIED", "PARTIALLY_APPLIED", "REJECTED"}, example = "APPLIED") String status,
        ImportMode mode,
        @Schema(description = "Values read (cells of a CSV file, items of a JSON import)", example = "104907", minimum = "0", maximum = Bounds.INT_MAX) int received,
        @Schema(example = "104907", minimum = "0", maximum = Bounds.INT_MAX) int created,
        @Schema(example = "0", minimum = "0", maximum = Bounds.INT_MAX) int updated,
        @Schema(description = "Empty cells and secret or unavailable markers (s, nd, NA)", example = "0", minimum = "0", maximum = Bounds.INT_MAX) int skipped,
        @Schema(description = "Rejected rows or cells, also those beyond the list `rejections`", example = "0",
                minimum = "0", maximum = Bounds.INT_MAX) int rejected,
        @Schema(description = "Values of EPCI, départements, régions, overseas collectivities derived from communes",
                example = "4146", minimum = "0", maximum = Bounds.INT_MAX) int derived,
        // @Size states the stored widths (varchar) of the codes and periods in the contract
        @Schema(description = "Indicators written, at most " + ImportReport.MAX_INDICATORS + " per import",
                maxItems = ImportReport.MAX_INDICATORS) List<@Size(max = Bounds.INDICATOR_CODE) String> indicators,
        @Schema(description = "Periods written, at most " + ImportReport.MAX_PERIODS + " per import",
                maxItems = ImportReport.MAX_PERIODS) List<@Size(max = Bounds.PERIOD) String> periods,
        @Schema(description = "The first " + ImportReport.MAX_REJECTIONS_SHOWN + " rejected rows or cells, in line order;"
                + " `rejected` counts them all", maxItems = ImportReport.MAX_REJECTIONS_SHOWN) List<RejectionView> rejections) {

    static ImportReportView of(ImportReport report) {
        return new ImportReportView(report.importId(), report.status(), report.mode(), report.received(), report.created(),
                report.updated(), report.skipped(), report.rejected(), report.derived(), report.indicators(),
                report.periods(), report.rejections().stream().map(RejectionView::of).toList());
    }
}
