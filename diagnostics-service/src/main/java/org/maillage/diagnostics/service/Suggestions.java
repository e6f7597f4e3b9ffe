package org.maillage.diagnostics.service;

import java.util.List;
import org.maillage.diagnostics.domain.Diagnostic;

/** Suggestions for the uncovered priorities of a diagnostic, by priority rank. */
public record Suggestions(Diagnostic diagnostic, List<SuggestionItem> items) {
}
