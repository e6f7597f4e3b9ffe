package org.maillage.alliances.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/**
 * A multi-party partnership between actors, with its lifecycle state. Its description and mediator are
 * embedded parts; collections load eagerly with one select each: the status and guards always need them.
 * Identity and archiving are in {@link AllianceRecord}, timestamps and version in its shared superclass.
 */
@Entity
@Table(name = "alliance")
public class Alliance extends AllianceRecord {

    public static final int MAX_MEMBERS = 500;
    public static final int MAX_COMMITMENTS = 1000;
    public static final int MAX_MILESTONES = 200;

    @Embedded
    private AllianceDescription description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllianceState state;
    @Column(name = "state_since", nullable = false)
    private Instant stateSince;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Embedded
    private Mediator mediator;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_member", joinColumns = @JoinColumn(name = "alliance_id"))
    private List<Member> members = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @JoinColumn(name = "alliance_id", nullable = false)
    @OrderBy("pledgedAt, id")
    private List<Commitment> commitments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @JoinColumn(name = "alliance_id", nullable = false)
    @OrderBy("dueDate, id")
    private List<Milestone> milestones = new ArrayList<>();

    @Column(name = "balance_index")
    private Double balanceIndex;
    /** The alliance this one was started from, in another territory; null when it is not a replication. */
    @Column(name = "replicated_from")
    private UUID replicatedFrom;
    /** Earliest due date of an unreached milestone or pledged commitment: overdue when before today. */
    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    protected Alliance() {
    }

    /** A new alliance starts as EMERGING: partners have met and want to work together. */
    public static Alliance propose(AllianceDetails details, List<Member> members, Instant now) {
        Alliance alliance = new Alliance();
        alliance.created(now);
        alliance.description = new AllianceDescription(details);
        alliance.members = new ArrayList<>(members);
        alliance.touch(now);
        alliance.state = AllianceState.EMERGING;
        alliance.stateSince = now;
        return alliance;
    }

    /**
     * A new alliance started from a proven one (see {@link Guards#unproven}), with the description
     * {@link Replication} carries over and its own first members.
     */
    public static Alliance replicate(Alliance source, AllianceDetails details, List<Member> members, Instant now) {
        Alliance alliance = propose(details, members, now);
        alliance.replicatedFrom = source.id();
        return alliance;
    }

    public void describe(AllianceDetails details, Instant now) {
        description.replace(details);
        touch(now);
    }

    public AllianceDetails details() {
        return description.details();
    }

    /**
     * Moves to the state asked for when the lifecycle allows it and every guard holds ({@link Guards}); otherwise
     * a conflict lists every unmet condition, on field {@code to}.
     *
     * @param actors what the actor projection knows of the members and mediator
     */
    public StateChange transition(Transition move, Function<UUID, ActorFacts> actors, Instant now) {
        List<UnmetCondition> unmet = Guards.unmet(this, move.to(), move.outcome(), actors);
        if (!unmet.isEmpty()) {
            throw new ConflictException("The alliance cannot go from " + state + " to " + move.to() + ": "
                    + String.join("; ", unmet.stream().map(UnmetCondition::message).toList()),
                    unmet.stream().map(u -> new FieldError("to", u.code(), u.message())).toList());
        }
        AllianceState from = moveTo(move.to(), move.outcome(), now);
        return new StateChange(from, state, outcome, now);
    }

    /** Moves without asking the guards: {@link #transition} asks them first; domain tests set a state with it. */
    AllianceState moveTo(AllianceState to, Outcome closingOutcome, Instant now) {
        AllianceState from = state;
        state = to;
        stateSince = now;
        if (closingOutcome != null) {
            outcome = closingOutcome;
        }
        touch(now);
        return from;
    }

    /** Records an objective's measured result; the caller has checked the guards with {@link Guards#unmetForResult}. */
    public void measure(Objective objective, ObjectiveResult result, Instant now) {
        description.measure(objective, result);
        touch(now);
    }

    public Optional<Objective> objective(UUID objectiveId) {
        return objectives().stream().filter(o -> o.id().equals(objectiveId)).findFirst();
    }

    public void join(Member member, Instant now) {
        roomFor(members, MAX_MEMBERS, "members (current and former)");
        members.add(member);
        touch(now);
    }

    /** The organisation answers its pending invitations: accepted they become active, declined they end. */
    public List<Member> answerInvitation(UUID actorId, boolean accepted, Instant now) {
        List<Member> invited = currentMembers(actorId).stream().filter(Member::isInvited).toList();
        for (Member m : invited) {
            if (accepted) {
                m.accept(now);
            } else {
                m.end(now);
            }
        }
        members = new ArrayList<>(members);
        touch(now);
        return invited;
    }

    /**
     * The actor leaves every role it holds, or declines its pending invitations. Its open commitments end with
     * it: pledged ones are withdrawn, proposed ones declined; delivered ones stay on record.
     */
    public Departure leave(UUID actorId, Instant now) {
        List<Member> leaving = currentMembers(actorId);
        leaving.forEach(m -> m.end(now));
        members = new ArrayList<>(members);
        List<Commitment> ended = commitments.stream()
                .filter(c -> c.memberActorId().equals(actorId) && !c.status().isFinal()).toList();
        ended.forEach(c -> c.settle(c.status() == CommitmentStatus.PROPOSED
                ? CommitmentStatus.DECLINED : CommitmentStatus.WITHDRAWN, now));
        touch(now);
        return new Departure(leaving, ended);
    }

    /** personId is null when the actor itself mediates. */
    public void assignMediator(UUID actorId, UUID personId, Instant now) {
        mediator = new Mediator(actorId, personId, now);
        touch(now);
    }

    public void pledge(Commitment commitment, Instant now) {
        roomFor(commitments, MAX_COMMITMENTS, "commitments");
        commitments.add(commitment);
        touch(now);
    }

    /** The caller has checked with {@link Consent} that the member may confirm it. */
    public void confirm(Commitment commitment, Instant now) {
        commitment.confirm();
        touch(now);
    }

    public void settle(Commitment commitment, CommitmentStatus to, Instant now) {
        commitment.settle(to, now);
        touch(now);
    }

    /** The caller has checked with {@link Consent} that the commitment is open and who may revise it. */
    public void amend(Commitment commitment, CommitmentKind kind, BigDecimal amount, String unit, LocalDate dueDate,
                      Instant now) {
        commitment.amend(kind, amount, unit, dueDate);
        touch(now);
    }

    /** The caller has checked the milestone is not reached. */
    public void reschedule(Milestone milestone, String title, LocalDate dueDate, Instant now) {
        milestone.reschedule(title, dueDate);
        touch(now);
    }

    public void plan(Milestone milestone, Instant now) {
        roomFor(milestones, MAX_MILESTONES, "milestones");
        milestones.add(milestone);
        touch(now);
    }

    /** Bounded lists keep an alliance's document of bounded size, as the contract states. */
    private static void roomFor(List<?> list, int max, String what) {
        if (list.size() >= max) {
            throw new UnprocessableException("An alliance holds at most " + max + " " + what, List.of());
        }
    }

    public void reach(Milestone milestone, Instant now) {
        milestone.reach(now);
        touch(now);
    }

    /** Points every reference to an absorbed actor at the actor that survived the merge (see {@link MemberMerge}). */
    public boolean repoint(UUID absorbed, UUID survivor, Instant now) {
        boolean changed = false;
        List<Member> merged = MemberMerge.apply(members, absorbed, survivor);
        if (merged != null) {
            members = merged;
            changed = true;
        }
        for (Commitment c : commitments) {
            if (c.memberActorId().equals(absorbed)) {
                c.repoint(survivor);
                changed = true;
            }
        }
        if (mediator != null && absorbed.equals(mediator.actorId())) {
            mediator.repoint(survivor);
            changed = true;
        }
        if (changed) {
            touch(now);
        }
        return changed;
    }

    public List<Member> activeMembers() {
        return members.stream().filter(Member::isActive).toList();
    }

    public List<Member> invitedMembers() {
        return members.stream().filter(Member::isInvited).toList();
    }

    /** The actor's active and invited rows, one per role. */
    public List<Member> currentMembers(UUID actorId) {
        return members.stream().filter(m -> m.isCurrent() && m.actorId().equals(actorId)).toList();
    }

    /** Keeps the values list filters read in SQL (needsAttention) in step with every change. */
    @Override
    protected void touch(Instant now) {
        super.touch(now);
        if (commitments != null && members != null) {
            balanceIndex = BalanceIndex.of(activeMembers().stream().filter(Member::isExpectedToCommit)
                    .map(Member::actorId).distinct().toList(), commitments);
        }
        if (commitments != null && milestones != null) {
            nextDueOn = NextDue.of(milestones, commitments);
        }
    }

    public String name() { return description.name(); }
    public String purpose() { return description.purpose(); }
    public AllianceType type() { return description.type(); }
    public AllianceState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public Outcome outcome() { return outcome; }
    /** The mediator, or null when none is assigned. */
    public Mediator mediator() { return mediator == null || mediator.actorId() == null ? null : mediator; }
    public UUID mediatorActorId() { return mediator() == null ? null : mediator.actorId(); }
    public List<Member> members() { return List.copyOf(members); }
    public List<Objective> objectives() { return description.objectives(); }
    public List<Commitment> commitments() { return List.copyOf(commitments); }
    public List<Milestone> milestones() { return List.copyOf(milestones); }
    public LocalDate nextDueOn() { return nextDueOn; }
    public UUID replicatedFrom() { return replicatedFrom; }
}
