package org.maillage.actors.domain;

/** The kind of organisation; it determines the organisation's world. */
public enum ActorKind {
    ASSOCIATION(World.NONPROFIT),
    FOUNDATION(World.NONPROFIT),
    LOCAL_AUTHORITY(World.PUBLIC),
    PUBLIC_INSTITUTION(World.PUBLIC),
    COMPANY(World.PRIVATE),
    CONSULTANCY(World.PRIVATE),
    ACADEMIC(World.ACADEMIC);

    private final World world;

    ActorKind(World world) {
        this.world = world;
    }

    public World world() {
        return world;
    }
}
