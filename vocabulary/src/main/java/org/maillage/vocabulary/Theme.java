package org.maillage.vocabulary;

/** Fields of action: what an organisation works on, what an indicator measures, what an alliance takes on. One list, so that services can match them. */
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
