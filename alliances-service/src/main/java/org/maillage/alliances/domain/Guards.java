package org.maillage.alliances.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The conditions a transition needs. Every unmet condition is reported, not only the first, so partners
 * see at once everything that blocks the next step.
 */
public final class Guards {

    private Guards() {
    }

    /**
     * @param outcome the outcome requested with the transition, if any (the alliance's own counts too)
     * @param actors  what the actor projection knows of each actor
     */
    public static List<UnmetCondition> unmet(Alliance alliance, AllianceState to, Outcome outcome,
                                             Function<UUID, ActorFacts> actors) {
        AllianceState from = alliance.state();
        if (alliance.archived()) {
            return List.of(new UnmetCondition("Archived", "the alliance was archived at " + alliance.archivedAt()
                    + " and stays as it was"));
        }
        if (Lifecycle.isFinal(from)) {
            return List.of(new UnmetCondition("FinalState", "the alliance is " + from + ", a final state"));
        }
        if (!Lifecycle.allows(from, to)) {
            return List.of(new UnmetCondition("TransitionNotAllowed",
                    from + " cannot go to " + to + "; it may go to " + Lifecycle.next(from)));
        }
        List<UnmetCondition> unmet = new ArrayList<>();
        switch (to) {
            case SCOPING -> scoping(alliance, unmet);
            case AGREED -> agreed(alliance, actors, unmet);
            case IN_MEDIATION -> mediation(alliance, unmet);
            case UNDER_REVIEW -> review(alliance, unmet);
            case CLOSED -> closed(alliance, outcome, unmet);
            default -> { }
        }
        return unmet;
    }

    /** Partners have met: an alliance of one organisation has nobody to scope it with. */
    private static void scoping(Alliance alliance, List<UnmetCondition> unmet) {
        long active = alliance.activeMembers().stream().map(Member::actorId).distinct().count();
        if (active < 2) {
            unmet.add(new UnmetCondition("TooFewMembers", "at least two active members are needed; there are " + active
                    + waitingFor(alliance)));
        }
    }

    /** Names the invited organisations whose answer would add active members. */
    private static String waitingFor(Alliance alliance) {
        List<UUID> invited = alliance.invitedMembers().stream().map(Member::actorId).distinct().toList();
        return invited.isEmpty() ? "" : "; waiting for " + invited + " to accept their invitation";
    }

    private static void invitations(Alliance alliance, List<UnmetCondition> unmet) {
        alliance.invitedMembers().forEach(m -> unmet.add(new UnmetCondition("PendingInvitation",
                "actor " + m.actorId() + " has not accepted its invitation as " + m.role()
                        + ": it accepts or declines, or the lead withdraws the invitation")));
    }

    private static void agreed(Alliance alliance, Function<UUID, ActorFacts> actors, List<UnmetCondition> unmet) {
        List<Member> active = alliance.activeMembers();
        Set<UUID> actorIds = active.stream().map(Member::actorId).collect(Collectors.toSet());
        if (actorIds.size() < 2) {
            unmet.add(new UnmetCondition("TooFewMembers", "at least two active members are needed; there are "
                    + actorIds.size() + waitingFor(alliance)));
        }
        invitations(alliance, unmet);
        Set<String> worlds = actorIds.stream().map(id -> actors.apply(id).world()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (worlds.size() < 2) {
            unmet.add(new UnmetCondition("SingleWorld",
                    "active members must come from at least two different worlds; represented: " + worlds));
        }
        long leads = active.stream().filter(m -> m.role() == MemberRole.LEAD).count();
        if (leads != 1) {
            unmet.add(new UnmetCondition("LeadCount", "exactly one LEAD is needed; there are " + leads));
        }
        if (alliance.objectives().isEmpty()) {
            unmet.add(new UnmetCondition("NoObjective", "at least one objective is needed"));
        }
        if (alliance.type() == null) {
            unmet.add(new UnmetCondition("NoType", "partners must agree on the type of partnership"));
        }
        Set<UUID> pledging = alliance.commitments().stream().filter(c -> c.status().isConfirmed())
                .map(Commitment::memberActorId).collect(Collectors.toSet());
        active.stream().filter(Member::isExpectedToCommit).map(Member::actorId).distinct()
                .filter(id -> !pledging.contains(id))
                .forEach(id -> unmet.add(new UnmetCondition("MissingCommitment",
                        "member " + id + " has pledged no commitment")));
        proposed(alliance).forEach(c -> unmet.add(new UnmetCondition("UnconfirmedCommitment",
                "commitment " + c.id() + " proposed in the name of member " + c.memberActorId()
                        + " awaits that member's confirmation")));
        actorIds.stream().filter(id -> actors.apply(id).archived())
                .forEach(id -> unmet.add(new UnmetCondition("MemberArchived",
                        "member " + id + " is archived in the actors registry")));
    }

    private static void mediation(Alliance alliance, List<UnmetCondition> unmet) {
        UUID mediator = alliance.mediatorActorId();
        if (mediator == null) {
            unmet.add(new UnmetCondition("NoMediator", "a neutral mediator must be assigned"));
        } else if (!alliance.currentMembers(mediator).isEmpty()) {
            unmet.add(new UnmetCondition("MediatorNotNeutral",
                    "mediator " + mediator + " also holds a role in the alliance"));
        }
    }

    private static void review(Alliance alliance, List<UnmetCondition> unmet) {
        if (alliance.objectives().isEmpty()) {
            unmet.add(new UnmetCondition("NoObjective", "at least one objective is needed to review against"));
        }
        List<Objective> objectives = alliance.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Objective o = objectives.get(i);
            if (o.indicator() == null || o.indicator().isBlank()) {
                unmet.add(new UnmetCondition("ObjectiveWithoutIndicator", "objective " + i + " '" + o.title() + "' has no indicator"));
            }
            if (o.target() == null) {
                unmet.add(new UnmetCondition("ObjectiveWithoutTarget", "objective " + i + " '" + o.title() + "' has no target"));
            }
        }
    }

    private static void closed(Alliance alliance, Outcome outcome, List<UnmetCondition> unmet) {
        if (outcome == null && alliance.outcome() == null) {
            unmet.add(new UnmetCondition("NoOutcome",
                    "an outcome (ACHIEVED, SCALED, HANDED_OVER or DISCONTINUED) is needed to close"));
        }
        alliance.commitments().stream().filter(c -> c.status() == CommitmentStatus.PLEDGED)
                .forEach(c -> unmet.add(new UnmetCondition("OpenCommitment",
                        "commitment " + c.id() + " of member " + c.memberActorId() + " is still pledged: deliver or withdraw it")));
        proposed(alliance).forEach(c -> unmet.add(new UnmetCondition("OpenCommitment",
                "commitment " + c.id() + " proposed in the name of member " + c.memberActorId()
                        + " awaits its confirmation: the member confirms or declines it, or the lead withdraws it")));
    }

    /** The states in which objectives are measured: the alliance acts, and is not final yet. */
    private static final Set<AllianceState> MEASURING = Set.of(AllianceState.ACTIVE, AllianceState.IN_MEDIATION,
            AllianceState.UNDER_REVIEW, AllianceState.CLOSING);

    /** What prevents recording a result of the objective: the alliance does not act yet, or nothing to reach. */
    public static List<UnmetCondition> unmetForResult(Alliance alliance, Objective objective) {
        List<UnmetCondition> unmet = new ArrayList<>();
        if (!MEASURING.contains(alliance.state())) {
            unmet.add(new UnmetCondition("NotActing", "results are measured from ACTIVE on; the alliance is "
                    + alliance.state()));
        }
        if (objective.target() == null) {
            unmet.add(new UnmetCondition("ObjectiveWithoutTarget", "objective " + objective.id() + " '"
                    + objective.title() + "' has no target to measure a result against: give it one first"));
        }
        return unmet;
    }

    /**
     * What keeps the alliance from being proven, so that it may be started again elsewhere: it is proven when it
     * reached at least one objective, or closed as ACHIEVED or SCALED. A deleted (archived) alliance is not
     * started again.
     */
    public static List<UnmetCondition> unproven(Alliance alliance) {
        if (alliance.archived()) {
            return List.of(new UnmetCondition("Archived", "the alliance was archived at " + alliance.archivedAt()
                    + ": a deleted alliance is not started again"));
        }
        boolean closedWell = alliance.state() == AllianceState.CLOSED
                && (alliance.outcome() == Outcome.ACHIEVED || alliance.outcome() == Outcome.SCALED);
        if (closedWell || alliance.objectives().stream().anyMatch(Objective::reached)) {
            return List.of();
        }
        return List.of(new UnmetCondition("NotProven", "the alliance has reached none of its "
                + alliance.objectives().size() + " objectives and is " + alliance.state()
                + (alliance.outcome() == null ? "" : " with outcome " + alliance.outcome())
                + ": it is proven once a recorded result reaches an objective's target, or once it closes as "
                + "ACHIEVED or SCALED"));
    }

    private static List<Commitment> proposed(Alliance alliance) {
        return alliance.commitments().stream().filter(c -> c.status() == CommitmentStatus.PROPOSED).toList();
    }
}
