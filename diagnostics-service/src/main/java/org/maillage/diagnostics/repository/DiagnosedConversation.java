package org.maillage.diagnostics.repository;

import org.maillage.diagnostics.domain.Conversation;
import org.maillage.diagnostics.domain.Diagnostic;

/** A conversation read together with its diagnostic, which its representation shows. */
public record DiagnosedConversation(Conversation conversation, Diagnostic diagnostic) {
}
