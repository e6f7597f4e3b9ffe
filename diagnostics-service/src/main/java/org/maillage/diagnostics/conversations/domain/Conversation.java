package org.maillage.diagnostics.conversations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.persistence.VersionedEntity;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.commons.security.Caller;
import org.maillage.diagnostics.domain.Refusals;

/**
 * A community conversation: the actors of a territory debate its diagnostic and adopt priorities. It belongs to
 * its facilitator's organisation, which keeps its record (verdicts, fragilities the data missed, adoption);
 * participants are invited by being named and act only in their own name (ballots, solutions), which the
 * facilitator may also record on their behalf, visibly ({@link RecordedBy}).
 */
@Entity
@Table(name = "conversation")
public class Conversation extends VersionedEntity {

    @Schema(name = "ConversationState", description = "OPEN until the conversation adopts its priorities")
    public enum State { OPEN, ADOPTED }

    /** Most solutions proposed in one conversation. */
    public static final int MAX_SOLUTIONS = 500;

    @Id
    private UUID id;
    @Column(name = "diagnostic_id")
    private UUID diagnosticId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @JdbcTypeCode(SqlTypes.JSON)
    private Facilitator facilitator;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Participant> participants;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<VerdictEntry> verdicts;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Ranking> rankings;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Solution> solutions;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "adopted_at")
    private Instant adoptedAt;

    protected Conversation() {
    }

    public Conversation(UUID diagnosticId, LocalDate heldOn, Facilitator facilitator, List<Participant> participants) {
        this.id = TimeOrderedIds.next();
        this.diagnosticId = diagnosticId;
        this.heldOn = heldOn;
        this.facilitator = facilitator;
        this.participants = List.copyOf(participants);
        this.verdicts = List.of();
        this.rankings = List.of();
        this.solutions = List.of();
        this.state = State.OPEN;
        created(DatabaseClock.now());
    }

    /** Marks a write, so that the version (the ETag) changes even when only the diagnostic did. */
    public void touch() {
        touch(DatabaseClock.now());
    }

    public void recordVerdict(VerdictEntry verdict) {
        requireOpen();
        verdicts = replace(verdicts, verdict, v -> v.fragilityId().equals(verdict.fragilityId()));
    }

    public void recordRanking(Ranking ranking) {
        requireOpen();
        rankings = replace(rankings, ranking, r -> r.actorId().equals(ranking.actorId()));
    }

    public void addSolution(Solution solution) {
        requireOpen();
        if (solutions.size() >= MAX_SOLUTIONS) {
            throw new UnprocessableException("Conversation " + id + " already has " + MAX_SOLUTIONS + " solutions",
                    List.of(new FieldError("solutions", "TooMany", "a conversation records at most " + MAX_SOLUTIONS
                            + " solutions")));
        }
        solutions = replace(solutions, solution, s -> false);
    }

    public void adopt() {
        requireOpen();
        state = State.ADOPTED;
        adoptedAt = DatabaseClock.now();
    }

    public void requireOpen() {
        if (state != State.OPEN) {
            throw new ConflictException("Conversation " + id + " adopted its priorities on " + adoptedAt
                    + "; it can no longer change");
        }
    }

    /** The facilitator's organisation, or an admin. */
    public boolean isOwnedBy(Caller caller) {
        return caller.admin() || (facilitator.actorId() != null && facilitator.actorId().equals(caller.organisationId()));
    }

    /** @param action what the caller tried, worded to follow "may" */
    public void requireOwner(Caller caller, String action) {
        if (!isOwnedBy(caller)) {
            throw new ForbiddenException("Only the facilitator's organisation (" + owner() + ") or an admin may "
                    + action + " in conversation " + id + "; " + Refusals.actingFor(caller));
        }
    }

    /** A participant acts in its own name; the owner may record for any participant. */
    public void requireMayActFor(Caller caller, UUID participant, String action) {
        if (!isOwnedBy(caller) && !participant.equals(caller.organisationId())) {
            throw new ForbiddenException("Only participant " + participant + " itself, the facilitator's organisation ("
                    + owner() + ") or an admin may " + action + " in the name of " + participant + " in conversation "
                    + id + "; " + Refusals.actingFor(caller));
        }
    }

    private String owner() {
        return facilitator.actorId() == null ? "none: opened by an admin" : facilitator.actorId().toString();
    }

    public boolean isParticipant(UUID actorId) {
        return participants.stream().anyMatch(p -> p.actorId().equals(actorId));
    }

    public Optional<VerdictEntry> verdictOn(UUID fragilityId) {
        return verdicts.stream().filter(v -> v.fragilityId().equals(fragilityId)).findFirst();
    }

    private static <T> List<T> replace(List<T> items, T item, java.util.function.Predicate<T> same) {
        List<T> copy = new ArrayList<>(items.stream().filter(same.negate()).toList());
        copy.add(item);
        return List.copyOf(copy);
    }

    public UUID id() { return id; }
    public UUID diagnosticId() { return diagnosticId; }
    public LocalDate heldOn() { return heldOn; }
    public Facilitator facilitator() { return facilitator; }
    public List<Participant> participants() { return participants; }
    public List<VerdictEntry> verdicts() { return verdicts; }
    public List<Ranking> rankings() { return rankings; }
    public List<Solution> solutions() { return solutions; }
    public State state() { return state; }
    public Instant adoptedAt() { return adoptedAt; }
}
