package org.maillage.diagnostics.indicators.service;

import java.util.List;

/** What a parser read: candidate rows, rows refused already, and empty or secret cells skipped. */
public record ParsedImport(List<ObservationRow> rows, List<Rejection> rejections, int skipped) {
}
