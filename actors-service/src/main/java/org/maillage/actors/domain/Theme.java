package org.maillage.actors.domain;

/** The controlled vocabulary of what an organisation works on. */
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
