package org.maillage.alliances.domain;

/** What the guards need to know of an actor from the projection. */
public record ActorFacts(String world, boolean archived) {

    public static final ActorFacts UNKNOWN = new ActorFacts(null, false);
}
