package org.maillage.alliances.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Alliances built in memory for the pure domain tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    final UUID association = UUID.randomUUID();
    final UUID town = UUID.randomUUID();
    final UUID mediator = UUID.randomUUID();
    final Map<UUID, ActorFacts> actors = new HashMap<>(Map.of(
            association, new ActorFacts("NONPROFIT", false),
            town, new ActorFacts("PUBLIC", false),
            mediator, new ActorFacts("NONPROFIT", false)));

    Function<UUID, ActorFacts> actors() {
        return id -> actors.getOrDefault(id, ActorFacts.UNKNOWN);
    }

    static AllianceDetails details(AllianceType type, List<Objective> objectives) {
        return new AllianceDetails("Inclusion numérique", "Access", type, Set.of("01004"), Set.of("DIGITAL_INCLUSION"),
                objectives, Set.of());
    }

    static Objective reviewable() {
        return new Objective("Train seniors", "Seniors trained", BigDecimal.ZERO, BigDecimal.valueOf(500), null);
    }

    /** Two members of two worlds, one lead, a type, a reviewable objective, both pledged, a neutral mediator. */
    Alliance ready() {
        Alliance alliance = Alliance.propose(details(AllianceType.SOCIETAL_INNOVATION, List.of(reviewable())),
                List.of(new Member(association, MemberRole.LEAD, T0), new Member(town, MemberRole.PARTNER, T0)), T0);
        alliance.pledge(new Commitment(association, CommitmentKind.SKILLS, BigDecimal.TEN, "person-days", null, T0), T0);
        alliance.pledge(new Commitment(town, CommitmentKind.FINANCIAL, BigDecimal.valueOf(5000), "EUR", null, T0), T0);
        alliance.assignMediator(mediator, null, T0);
        return alliance;
    }

    Alliance readyIn(AllianceState state) {
        Alliance alliance = ready();
        alliance.moveTo(state, null, T0);
        return alliance;
    }

    static List<String> codes(List<UnmetCondition> unmet) {
        return unmet.stream().map(UnmetCondition::code).toList();
    }
}
