package org.maillage.alliances.domain;

/** A commitment is pledged, then delivered or withdrawn; the last two are final. */
public enum CommitmentStatus {
    PLEDGED,
    DELIVERED,
    WITHDRAWN;

    public boolean isSettled() {
        return this != PLEDGED;
    }
}
