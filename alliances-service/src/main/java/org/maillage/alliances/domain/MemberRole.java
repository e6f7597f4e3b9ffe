package org.maillage.alliances.domain;

/** The part an actor plays in an alliance. */
public enum MemberRole {
    LEAD,
    PARTNER,
    FUNDER,
    CATALYST,
    EVALUATOR,
    BENEFICIARY
}
