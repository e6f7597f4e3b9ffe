package org.maillage.actors.domain;

/** The roles of co-construction a person may hold. */
public enum Profession {
    /** Builds and steers alliances for an organisation. */
    STRATEGIC_PARTNERSHIP_DIRECTOR,
    /** Neutral trusted party who mobilises all actors of a territory. */
    TERRITORIAL_CATALYST,
    /** Neutral trusted party between the partners of one alliance. */
    INTER_ORGANISATION_MEDIATOR,
    OTHER
}
