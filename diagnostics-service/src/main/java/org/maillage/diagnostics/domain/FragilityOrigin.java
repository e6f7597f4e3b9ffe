package org.maillage.diagnostics.domain;

/** Where a fragility comes from. */
public enum FragilityOrigin {
    DATA,
    CONVERSATION
}
