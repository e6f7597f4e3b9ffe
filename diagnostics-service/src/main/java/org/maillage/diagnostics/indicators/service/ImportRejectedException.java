package org.maillage.diagnostics.indicators.service;

/** An all-or-nothing import had rejected rows: nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.rejected() + " rows of the import were rejected; nothing was written");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
