package org.maillage.alliances.domain;

/** Where an alliance stands in the partnering cycle. */
public enum AllianceState {
    EMERGING,
    SCOPING,
    BUILDING,
    AGREED,
    ACTIVE,
    IN_MEDIATION,
    UNDER_REVIEW,
    CLOSING,
    CLOSED,
    ABANDONED
}
