package org.maillage.alliances.domain;

/** Why an alliance needs a mediator's attention. */
public enum AttentionFlag {
    STALLED,
    IMBALANCED,
    OVERDUE,
    MEMBER_ARCHIVED
}
