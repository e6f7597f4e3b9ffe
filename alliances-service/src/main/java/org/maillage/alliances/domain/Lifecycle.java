package org.maillage.alliances.domain;

import static org.maillage.alliances.domain.AllianceState.ABANDONED;
import static org.maillage.alliances.domain.AllianceState.ACTIVE;
import static org.maillage.alliances.domain.AllianceState.AGREED;
import static org.maillage.alliances.domain.AllianceState.BUILDING;
import static org.maillage.alliances.domain.AllianceState.CLOSED;
import static org.maillage.alliances.domain.AllianceState.CLOSING;
import static org.maillage.alliances.domain.AllianceState.EMERGING;
import static org.maillage.alliances.domain.AllianceState.IN_MEDIATION;
import static org.maillage.alliances.domain.AllianceState.SCOPING;
import static org.maillage.alliances.domain.AllianceState.UNDER_REVIEW;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partnering cycle: which state may follow which. Guards on top of it live in {@link Guards}.
 *
 * <pre>
 * EMERGING → SCOPING → BUILDING → AGREED → ACTIVE ⇄ IN_MEDIATION
 * ACTIVE → UNDER_REVIEW → ACTIVE (revised or renewed) | CLOSING → CLOSED
 * IN_MEDIATION → CLOSING;  EMERGING | SCOPING | BUILDING → ABANDONED;  CLOSED, ABANDONED are final
 * </pre>
 */
public final class Lifecycle {

    private static final Map<AllianceState, Set<AllianceState>> NEXT = new EnumMap<>(AllianceState.class);

    static {
        NEXT.put(EMERGING, EnumSet.of(SCOPING, ABANDONED));
        NEXT.put(SCOPING, EnumSet.of(BUILDING, ABANDONED));
        NEXT.put(BUILDING, EnumSet.of(AGREED, ABANDONED));
        NEXT.put(AGREED, EnumSet.of(ACTIVE));
        NEXT.put(ACTIVE, EnumSet.of(IN_MEDIATION, UNDER_REVIEW));
        NEXT.put(IN_MEDIATION, EnumSet.of(ACTIVE, CLOSING));
        NEXT.put(UNDER_REVIEW, EnumSet.of(ACTIVE, CLOSING));
        NEXT.put(CLOSING, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(AllianceState.class));
        NEXT.put(ABANDONED, EnumSet.noneOf(AllianceState.class));
    }

    private Lifecycle() {
    }

    /** The states reachable in one step, in declaration order. */
    public static List<AllianceState> next(AllianceState from) {
        return List.copyOf(NEXT.get(from));
    }

    public static boolean allows(AllianceState from, AllianceState to) {
        return NEXT.get(from).contains(to);
    }

    public static boolean isFinal(AllianceState state) {
        return NEXT.get(state).isEmpty();
    }
}
