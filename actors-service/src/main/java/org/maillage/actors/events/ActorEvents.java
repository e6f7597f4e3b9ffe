package org.maillage.actors.events;

/** The actor events this service publishes (their data records live beside). */
public final class ActorEvents {

    public static final String TOPIC = "maillage.actors.v1";
    public static final String REGISTERED = "org.maillage.actor.registered.v1";
    public static final String UPDATED = "org.maillage.actor.updated.v1";
    public static final String ARCHIVED = "org.maillage.actor.archived.v1";
    public static final String MERGED = "org.maillage.actor.merged.v1";

    private ActorEvents() {
    }
}
