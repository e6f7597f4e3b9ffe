package org.maillage.alliances.events;

/** The alliance events this service publishes, all keyed by alliance id on one topic. */
public final class AllianceEvents {

    public static final String PROPOSED = "org.maillage.alliance.proposed.v1";
    public static final String UPDATED = "org.maillage.alliance.updated.v1";
    public static final String STATE_CHANGED = "org.maillage.alliance.state-changed.v1";
    public static final String MEMBER_JOINED = "org.maillage.alliance.member-joined.v1";
    public static final String MEMBER_INVITED = "org.maillage.alliance.member-invited.v1";
    public static final String MEMBER_DECLINED = "org.maillage.alliance.member-declined.v1";
    public static final String MEMBER_LEFT = "org.maillage.alliance.member-left.v1";
    public static final String MEDIATOR_ASSIGNED = "org.maillage.alliance.mediator-assigned.v1";
    public static final String COMMITMENT_PLEDGED = "org.maillage.alliance.commitment-pledged.v1";
    public static final String COMMITMENT_PROPOSED = "org.maillage.alliance.commitment-proposed.v1";
    public static final String COMMITMENT_CONFIRMED = "org.maillage.alliance.commitment-confirmed.v1";
    public static final String COMMITMENT_DECLINED = "org.maillage.alliance.commitment-declined.v1";
    public static final String COMMITMENT_DELIVERED = "org.maillage.alliance.commitment-delivered.v1";
    public static final String COMMITMENT_WITHDRAWN = "org.maillage.alliance.commitment-withdrawn.v1";
    public static final String COMMITMENT_AMENDED = "org.maillage.alliance.commitment-amended.v1";
    public static final String MILESTONE_RESCHEDULED = "org.maillage.alliance.milestone-rescheduled.v1";
    public static final String MILESTONE_PLANNED = "org.maillage.alliance.milestone-planned.v1";
    public static final String ARCHIVED = "org.maillage.alliance.archived.v1";
    public static final String MILESTONE_REACHED = "org.maillage.alliance.milestone-reached.v1";
    public static final String REPLICATED = "org.maillage.alliance.replicated.v1";

    private AllianceEvents() {
    }
}
