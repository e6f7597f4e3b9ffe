package org.maillage.diagnostics.conversations.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.problem.FieldError;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.conversations.domain.Facilitator;
import org.maillage.diagnostics.conversations.domain.Participant;
import org.maillage.diagnostics.conversations.domain.Ranking;
import org.maillage.diagnostics.conversations.domain.Solution;
import org.maillage.diagnostics.conversations.domain.VerdictEntry;
import org.maillage.diagnostics.conversations.service.ConversationState;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.DiagnosticState;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.Priority;

@Schema(name = "Conversation", description = "A community conversation on a diagnostic")
public record ConversationView(
        UUID id,
        UUID diagnosticId,
        DiagnosticState diagnosticState,
        LocalDate heldOn,
        Facilitator facilitator,
        @Schema(maxItems = ConversationRequest.MAX_PARTICIPANTS) List<Participant> participants,
        @Schema(enumeration = {"OPEN", "ADOPTED"}) String state,
        @Schema(description = "Fragilities of the diagnostic: found in the data and added by participants (at most "
                + Diagnostic.MAX_FRAGILITIES + ")", maxItems = Diagnostic.MAX_FRAGILITIES) List<Fragility> fragilities,
        @Schema(description = "One per fragility found in the data, hence at most one per indicator of the diagnostic",
                maxItems = Diagnostic.MAX_INDICATORS) List<VerdictEntry> verdicts,
        @Schema(description = "At most one ballot per participant", maxItems = ConversationRequest.MAX_PARTICIPANTS)
        List<Ranking> rankings,
        @Schema(description = "At most " + Conversation.MAX_SOLUTIONS + " per conversation", maxItems = Conversation.MAX_SOLUTIONS)
        List<Solution> solutions,
        @Schema(description = "Borda count of the ballots (each ballot gives m − r + 1 points to its r-th fragility, m"
                + " being the number of candidate fragilities); provisional while OPEN, adopted once ADOPTED",
                maxItems = Diagnostic.MAX_FRAGILITIES)
        List<Priority> priorities,
        @Schema(description = "What still prevents adoption: each fragility found in the data without a verdict, and"
                + " the lack of any ranking", maxItems = MAX_ADOPTION_BLOCKERS) List<FieldError> adoptionBlockers,
        Instant createdAt,
        @Schema(description = "Last change of the conversation (what updatedSince compares); the state of its"
                + " diagnostic changes with the diagnostic's own updatedAt") Instant updatedAt,
        Instant adoptedAt,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) {

    /** A missing verdict per fragility found in the data (at most one per indicator), and no ranking yet. */
    static final int MAX_ADOPTION_BLOCKERS = Diagnostic.MAX_INDICATORS + 1;

    static ConversationView of(ConversationState state) {
        Conversation c = state.conversation();
        return new ConversationView(c.id(), c.diagnosticId(), state.diagnostic().state(), c.heldOn(), c.facilitator(),
                c.participants(), c.state().name(), state.diagnostic().fragilities(), c.verdicts(), c.rankings(),
                c.solutions(), state.provisionalPriorities(),
                c.state() == Conversation.State.OPEN ? state.unmetAdoptionConditions() : List.of(),
                c.createdAt(), c.updatedAt(), c.adoptedAt(), c.version());
    }

}
