package org.maillage.diagnostics.conversations.domain;

/** What the participants of a conversation say of a fragility found in the data. */
public enum Verdict {
    CONFIRMED,
    CONTESTED
}
