package org.maillage.alliances.domain;

/** What a member brings to the alliance. */
public enum CommitmentKind {
    FINANCIAL,
    SKILLS,
    IN_KIND,
    NETWORK
}
