package org.maillage.diagnostics.domain;

/** Fields of action shared with the actor registry and alliances, so fragilities can be matched with them. */
public enum Theme {
    EDUCATION,
    EMPLOYMENT,
    HEALTH,
    AGEING,
    DISABILITY,
    HOUSING,
    MOBILITY,
    ENVIRONMENT,
    CULTURE,
    DIGITAL_INCLUSION,
    FOOD,
    SPORT,
    SOCIAL_COHESION,
    ECONOMIC_DEVELOPMENT
}
