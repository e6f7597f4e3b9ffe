package org.maillage.alliances.events;

/** The alliance events this service publishes. */
public final class AllianceEvents {

    public static final String TOPIC = "maillage.alliances.v1";
    public static final String PROPOSED = "org.maillage.alliance.proposed.v1";

    private AllianceEvents() {
    }
}
