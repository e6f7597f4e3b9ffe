package org.maillage.alliances.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes the status a mediator reads; pure, so it is unit-tested without a database. */
public final class StatusCalculator {

    private StatusCalculator() {
    }

    public static AllianceStatus of(Alliance alliance, Function<UUID, ActorFacts> actors, AttentionThresholds thresholds,
                                    Instant now) {
        List<TransitionOption> transitions = Lifecycle.next(alliance.state()).stream()
                .map(to -> {
                    List<UnmetCondition> unmet = Guards.unmet(alliance, to, null, actors);
                    return new TransitionOption(to, unmet.isEmpty(), unmet);
                }).toList();
        AllianceStatus.Signals signals = signals(alliance, actors, now);
        return new AllianceStatus(alliance.id(), alliance.state(), alliance.stateSince(),
                Duration.between(alliance.stateSince(), now).toDays(), transitions, signals,
                attention(alliance, signals, thresholds));
    }

    private static AllianceStatus.Signals signals(Alliance alliance, Function<UUID, ActorFacts> actors, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Member> active = alliance.activeMembers();
        List<UUID> contributors = active.stream().filter(Member::isExpectedToCommit).map(Member::actorId).distinct().toList();
        Set<UUID> committed = alliance.commitments().stream().filter(c -> c.status().isConfirmed())
                .map(Commitment::memberActorId).collect(Collectors.toSet());
        return new AllianceStatus.Signals(
                alliance.milestones().stream().filter(m -> m.isOverdue(now)).map(Milestone::id).toList(),
                alliance.commitments().stream().filter(c -> c.isOverdue(today)).map(Commitment::id).toList(),
                totals(alliance.commitments()),
                BalanceIndex.of(contributors, alliance.commitments()),
                active.stream().map(m -> actors.apply(m.actorId()).world()).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new)),
                contributors.stream().filter(id -> !committed.contains(id)).toList(),
                alliance.invitedMembers().stream()
                        .map(m -> new AllianceStatus.PendingInvitation(m.actorId(), m.role(), m.invitedAt())).toList(),
                alliance.commitments().stream().filter(c -> c.status() == CommitmentStatus.PROPOSED)
                        .map(c -> new AllianceStatus.PendingCommitment(c.id(), c.memberActorId())).toList(),
                active.stream().map(Member::actorId).distinct().filter(id -> actors.apply(id).archived()).toList(),
                alliance.updatedAt(),
                Duration.between(alliance.updatedAt(), now).toDays());
    }

    private static List<CommitmentTotal> totals(List<Commitment> commitments) {
        Map<String, CommitmentTotal> totals = new LinkedHashMap<>();
        for (Commitment c : commitments) {
            if (!c.status().isConfirmed()) {
                continue;
            }
            BigDecimal delivered = c.status() == CommitmentStatus.DELIVERED ? c.amount() : BigDecimal.ZERO;
            totals.merge(c.kind() + "/" + c.unit(), new CommitmentTotal(c.kind(), c.unit(), c.amount(), delivered, 1),
                    (a, b) -> new CommitmentTotal(a.kind(), a.unit(), a.pledged().add(b.pledged()),
                            a.delivered().add(b.delivered()), a.count() + b.count()));
        }
        return new ArrayList<>(totals.values());
    }

    private static Set<AttentionFlag> attention(Alliance alliance, AllianceStatus.Signals signals,
                                                AttentionThresholds thresholds) {
        Set<AttentionFlag> flags = EnumSet.noneOf(AttentionFlag.class);
        if (Lifecycle.isFinal(alliance.state()) || alliance.archived()) {
            return flags;
        }
        if (signals.daysSinceLastActivity() >= thresholds.stalledAfterDays()) {
            flags.add(AttentionFlag.STALLED);
        }
        if (signals.balanceIndex() != null && signals.balanceIndex() < thresholds.imbalancedBelow()) {
            flags.add(AttentionFlag.IMBALANCED);
        }
        if (!signals.overdueMilestones().isEmpty() || !signals.overdueCommitments().isEmpty()) {
            flags.add(AttentionFlag.OVERDUE);
        }
        if (!signals.archivedMembers().isEmpty()) {
            flags.add(AttentionFlag.MEMBER_ARCHIVED);
        }
        return flags;
    }
}
