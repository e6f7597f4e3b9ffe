package org.maillage.diagnostics.coverage.service;

import java.util.List;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;

/** Suggestions for the uncovered priorities of a diagnostic, by priority rank. */
public record Suggestions(Diagnostic diagnostic, List<SuggestionItem> items) {
}
