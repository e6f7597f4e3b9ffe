package org.maillage.alliances.domain;

/**
 * A member's own pledge is PLEDGED at once; a lead's pledge in another member's name is PROPOSED until that
 * member confirms it (PLEDGED) or declines it (DECLINED). A pledged commitment is then DELIVERED or WITHDRAWN.
 * DELIVERED, WITHDRAWN and DECLINED are final; only PLEDGED and DELIVERED count as contributions.
 */
public enum CommitmentStatus {
    PROPOSED,
    PLEDGED,
    DELIVERED,
    WITHDRAWN,
    DECLINED;

    public boolean isFinal() {
        return this == DELIVERED || this == WITHDRAWN || this == DECLINED;
    }

    /** Agreed by the member it is attributed to: what totals, the balance index and guards count. */
    public boolean isConfirmed() {
        return this == PLEDGED || this == DELIVERED;
    }
}
