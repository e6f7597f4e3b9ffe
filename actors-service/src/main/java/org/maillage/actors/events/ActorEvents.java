package org.maillage.actors.events;

/** The actor events this service publishes (their data records live beside). */
public final class ActorEvents {

    public static final String TOPIC = "maillage.actors.v1";
    public static final String REGISTERED = "org.maillage.actor.registered.v1";

    private ActorEvents() {
    }
}
