package org.maillage.alliances.domain;

/**
 * Where a member stands: an organisation added by someone else is INVITED until it accepts (ACTIVE) or declines
 * (DECLINED, also when the invitation is withdrawn before it answered); an active member that leaves is LEFT.
 * Only ACTIVE members count in guards, quorum and balance.
 */
public enum MemberStatus {
    INVITED,
    ACTIVE,
    DECLINED,
    LEFT
}
