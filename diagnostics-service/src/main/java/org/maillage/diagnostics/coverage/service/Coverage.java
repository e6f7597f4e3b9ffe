package org.maillage.diagnostics.coverage.service;

import java.util.List;
import java.util.UUID;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;

/** The coverage of a diagnostic's priorities and fragilities by alliances; uncovered priorities come first. */
public record Coverage(Diagnostic diagnostic, int uncoveredPriorities, List<CoverageItem> items) {

    public UUID diagnosticId() {
        return diagnostic.id();
    }
}
