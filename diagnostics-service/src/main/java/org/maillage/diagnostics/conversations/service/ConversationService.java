package org.maillage.diagnostics.conversations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.http.ETags;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.commons.security.Caller;
import org.maillage.commons.security.CallerIdentity;
import org.maillage.diagnostics.conversations.domain.BordaCount;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.conversations.domain.Facilitator;
import org.maillage.diagnostics.conversations.domain.Participant;
import org.maillage.diagnostics.conversations.domain.Ranking;
import org.maillage.diagnostics.conversations.domain.RecordedBy;
import org.maillage.diagnostics.conversations.domain.Solution;
import org.maillage.diagnostics.conversations.domain.Verdict;
import org.maillage.diagnostics.conversations.domain.VerdictEntry;
import org.maillage.diagnostics.conversations.repository.ConversationRepository;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.diagnostics.domain.FragilityOrigin;
import org.maillage.diagnostics.diagnostics.domain.Priority;
import org.maillage.diagnostics.diagnostics.repository.DiagnosticRepository;
import org.maillage.vocabulary.Theme;

/**
 * Community conversations: open on a DRAFT diagnostic, record what participants say, adopt priorities. Who may
 * do what is decided by {@link Conversation} and {@link Facilitator} for the caller of the request.
 */
@ApplicationScoped
public class ConversationService {

    private final ConversationRepository conversations;
    private final DiagnosticRepository diagnostics;
    private final Participants participants;
    private final Publication publication;
    private final CallerIdentity identity;

    public ConversationService(ConversationRepository conversations, DiagnosticRepository diagnostics,
                               Participants participants, Publication publication, CallerIdentity identity) {
        this.conversations = conversations;
        this.diagnostics = diagnostics;
        this.participants = participants;
        this.publication = publication;
        this.identity = identity;
    }

    @Transactional
    public Conversation open(UUID diagnosticId, LocalDate heldOn, String facilitatorName, UUID facilitatorActorId,
                             List<UUID> actorIds) {
        Facilitator facilitator = Facilitator.chosenBy(identity.caller(), facilitatorName, facilitatorActorId);
        Diagnostic diagnostic = diagnostics.findByIdOptional(diagnosticId).orElseThrow(() -> new UnprocessableException(
                "Diagnostic " + diagnosticId + " does not exist",
                List.of(new FieldError("diagnosticId", "UnknownDiagnostic", "is not the id of a diagnostic"))));
        List<Participant> people = participants.resolve(actorIds, facilitator);
        diagnostic.openConversation();
        Conversation conversation = new Conversation(diagnosticId, heldOn, facilitator, people);
        conversations.persist(conversation);
        return conversation;
    }

    @Transactional
    public ConversationState get(UUID id) {
        Conversation conversation = conversation(id);
        return new ConversationState(conversation, diagnostics.findById(conversation.diagnosticId()));
    }

    @Transactional
    public ConversationState recordVerdict(UUID id, UUID fragilityId, Verdict verdict, String reason, String ifMatch) {
        ConversationState state = writable(id, ifMatch);
        state.conversation().requireOwner(identity.caller(), "record verdicts");
        Fragility fragility = fragility(state.diagnostic(), fragilityId);
        if (verdict == Verdict.CONTESTED && (reason == null || reason.isBlank())) {
            throw new UnprocessableException("A contested fragility needs the participants' reason",
                    List.of(new FieldError("reason", "Required", "must explain why the fragility is contested")));
        }
        if (fragility.origin() != FragilityOrigin.DATA) {
            throw new ConflictException("Fragility " + fragilityId + " was added by the participants: only fragilities"
                    + " found in the data take a verdict");
        }
        state.conversation().recordVerdict(new VerdictEntry(fragilityId, verdict,
                reason == null ? null : reason.strip(), DatabaseClock.now()));
        return flushed(state);
    }

    @Transactional
    public Added<Fragility> addFragility(UUID id, String title, String description, Theme theme, UUID proposedBy,
                                         String ifMatch) {
        ConversationState state = writable(id, ifMatch);
        state.conversation().requireOwner(identity.caller(), "add fragilities");
        state.conversation().requireOpen();
        participants.requireParticipant(state.conversation(), proposedBy, "proposedBy");
        Fragility added = new Fragility(TimeOrderedIds.next(), FragilityOrigin.CONVERSATION, null, title.strip(), description,
                theme, null, proposedBy);
        state.diagnostic().addFragility(added);
        flushed(state);
        return new Added<>(added, state.conversation().version());
    }

    @Transactional
    public ConversationState rank(UUID id, UUID actorId, List<UUID> fragilityIds, String ifMatch) {
        ConversationState state = writable(id, ifMatch);
        Caller caller = identity.caller();
        state.conversation().requireMayActFor(caller, actorId, "rank priorities");
        participants.requireParticipant(state.conversation(), actorId, "actorId");
        RankingRules.requireValid(state, fragilityIds);
        state.conversation().recordRanking(new Ranking(actorId, List.copyOf(fragilityIds), DatabaseClock.now(),
                RecordedBy.of(caller)));
        return flushed(state);
    }

    @Transactional
    public Added<Solution> proposeSolution(UUID id, UUID fragilityId, String title, String description, UUID proposedBy,
                                           String ifMatch) {
        ConversationState state = writable(id, ifMatch);
        Caller caller = identity.caller();
        state.conversation().requireMayActFor(caller, proposedBy, "propose solutions");
        fragility(state.diagnostic(), fragilityId);
        participants.requireParticipant(state.conversation(), proposedBy, "proposedBy");
        Solution solution = new Solution(TimeOrderedIds.next(), fragilityId, title.strip(), description, proposedBy,
                RecordedBy.of(caller));
        state.conversation().addSolution(solution);
        flushed(state);
        return new Added<>(solution, state.conversation().version());
    }

    /** Adopts the Borda priorities and publishes the diagnostic; refused (409) while a condition is unmet. */
    @Transactional
    public ConversationState adopt(UUID id, String ifMatch) {
        ConversationState state = writable(id, ifMatch);
        state.conversation().requireOwner(identity.caller(), "adopt the priorities");
        state.conversation().requireOpen();
        List<FieldError> unmet = state.unmetAdoptionConditions();
        if (!unmet.isEmpty()) {
            throw new ConflictException("The priorities cannot be adopted yet", unmet);
        }
        List<Priority> priorities = BordaCount.priorities(state.candidates(), state.conversation().rankings());
        state.conversation().adopt();
        publication.publish(state.diagnostic(), state.conversation(), priorities);
        return flushed(state);
    }

    /**
     * The conversation about to change: If-Match (when given) must name its current version, else 412. Touched,
     * so that the write gives it a new version whatever it changes.
     */
    private ConversationState writable(UUID id, String ifMatch) {
        ConversationState state = get(id);
        ETags.requireMatch(ifMatch, state.conversation().version());
        state.conversation().touch();
        return state;
    }

    /** Writes now, so that a concurrent change of the same conversation fails this request (409), not silently. */
    private ConversationState flushed(ConversationState state) {
        conversations.flush();
        return state;
    }

    private Conversation conversation(UUID id) {
        return conversations.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("Conversation", id));
    }

    private static Fragility fragility(Diagnostic diagnostic, UUID fragilityId) {
        return diagnostic.fragility(fragilityId).orElseThrow(() -> new ResourceNotFoundException("Fragility", fragilityId));
    }
}
