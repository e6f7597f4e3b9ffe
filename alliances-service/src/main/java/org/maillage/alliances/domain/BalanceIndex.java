package org.maillage.alliances.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How evenly the members expected to contribute (LEAD, PARTNER, FUNDER) share the contributions.
 *
 * <p>Amounts in different units cannot be added, so each member's share is computed per unit and averaged:
 * s_i = mean over units u of (a_i,u / A_u), where a_i,u is what member i pledged or delivered in unit u
 * (confirmed commitments only: PLEDGED or DELIVERED) and A_u the total in u. The index is the normalised Shannon entropy of
 * those shares (Pielou's evenness): J = -Σ s_i·ln(s_i) / ln(n), n the number of contributing-role members.
 * 0 = one member carries everything, 1 = evenly shared. Undefined (null) with fewer than two such members
 * or no commitment.
 */
public final class BalanceIndex {

    private BalanceIndex() {
    }

    public static Double of(List<UUID> contributors, List<Commitment> commitments) {
        int n = contributors.size();
        Map<String, Map<UUID, BigDecimal>> byUnit = new HashMap<>();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Commitment c : commitments) {
            if (!c.status().isConfirmed() || !contributors.contains(c.memberActorId())
                    || c.amount().signum() <= 0) {
                continue;
            }
            byUnit.computeIfAbsent(c.unit(), u -> new HashMap<>()).merge(c.memberActorId(), c.amount(), BigDecimal::add);
            totals.merge(c.unit(), c.amount(), BigDecimal::add);
        }
        if (n < 2 || byUnit.isEmpty()) {
            return null;
        }
        double entropy = 0;
        for (UUID member : contributors) {
            double share = 0;
            for (var unit : byUnit.entrySet()) {
                BigDecimal own = unit.getValue().getOrDefault(member, BigDecimal.ZERO);
                share += own.doubleValue() / totals.get(unit.getKey()).doubleValue();
            }
            share /= byUnit.size();
            if (share > 0) {
                entropy -= share * Math.log(share);
            }
        }
        double index = entropy / Math.log(n);
        return Math.round(Math.min(1, Math.max(0, index)) * 1000) / 1000.0;
    }
}
