package org.maillage.diagnostics.diagnostics.domain;

/** Where a fragility comes from. */
public enum FragilityOrigin {
    DATA,
    CONVERSATION
}
