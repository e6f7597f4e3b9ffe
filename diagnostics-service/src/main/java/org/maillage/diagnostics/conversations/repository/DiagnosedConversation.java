package org.maillage.diagnostics.conversations.repository;

import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;


/** A conversation read together with its diagnostic, which its representation shows. */
public record DiagnosedConversation(Conversation conversation, Diagnostic diagnostic) {
}
