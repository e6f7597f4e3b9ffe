package org.maillage.actors.domain;

/** The "world" an organisation belongs to; alliances are valued for bringing different worlds together. */
public enum World {
    NONPROFIT,
    PUBLIC,
    PRIVATE,
    ACADEMIC
}
