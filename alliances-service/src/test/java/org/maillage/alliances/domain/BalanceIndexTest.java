package org.maillage.alliances.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BalanceIndexTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    private static Commitment pledge(UUID member, long amount, String unit) {
        return new Commitment(member, CommitmentKind.FINANCIAL, BigDecimal.valueOf(amount), unit, null, Fixtures.T0);
    }

    @Test
    void evenlySharedIsOne() {
        assertEquals(1.0, BalanceIndex.of(List.of(a, b, c), List.of(pledge(a, 100, "EUR"), pledge(b, 100, "EUR"), pledge(c, 100, "EUR"))));
    }

    @Test
    void oneMemberCarryingEverythingIsZero() {
        assertEquals(0.0, BalanceIndex.of(List.of(a, b, c), List.of(pledge(a, 100, "EUR"))));
    }

    @Test
    void unitsAreComparedWithinThemselvesOnly() {
        // a brings all the money, b all the days: each carries half of the whole.
        assertEquals(1.0, BalanceIndex.of(List.of(a, b), List.of(pledge(a, 90000, "EUR"), pledge(b, 3, "person-days"))));
    }

    @Test
    void unevenSharesFallInBetween() {
        // shares 0.9 / 0.1: J = -(0.9 ln 0.9 + 0.1 ln 0.1) / ln 2 = 0.469
        assertEquals(0.469, BalanceIndex.of(List.of(a, b), List.of(pledge(a, 90, "EUR"), pledge(b, 10, "EUR"))));
    }

    @Test
    void withdrawnCommitmentsDoNotCount() {
        Commitment withdrawn = pledge(b, 100, "EUR");
        withdrawn.settle(CommitmentStatus.WITHDRAWN, Fixtures.T0);
        assertEquals(0.0, BalanceIndex.of(List.of(a, b), List.of(pledge(a, 100, "EUR"), withdrawn)));
    }

    @Test
    void undefinedWithFewerThanTwoContributorsOrNoCommitment() {
        assertNull(BalanceIndex.of(List.of(a), List.of(pledge(a, 100, "EUR"))));
        assertNull(BalanceIndex.of(List.of(a, b), List.of()));
    }
}
