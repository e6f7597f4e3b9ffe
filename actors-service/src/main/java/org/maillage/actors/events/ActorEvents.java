package org.maillage.actors.events;

import java.util.List;
import org.maillage.actors.domain.Actor;
import org.maillage.commons.events.Topics;
import org.maillage.commons.outbox.NewEvent;

/** The actor events this service publishes, on {@link Topics#ACTORS} (their data records live beside). */
public final class ActorEvents {

    public static final String REGISTERED = "org.maillage.actor.registered.v1";
    public static final String UPDATED = "org.maillage.actor.updated.v1";
    public static final String ARCHIVED = "org.maillage.actor.archived.v1";
    public static final String MERGED = "org.maillage.actor.merged.v1";

    private ActorEvents() {
    }

    public static NewEvent registered(Actor actor) {
        return event(REGISTERED, actor, ActorRegistered.of(actor));
    }

    /** An update naming the fields changed; built after the flush, so that it carries the version written. */
    public static NewEvent updated(Actor actor, List<String> changedFields) {
        return event(UPDATED, actor, ActorUpdated.of(actor, changedFields));
    }

    public static NewEvent archived(Actor actor) {
        return event(ARCHIVED, actor, ActorArchived.of(actor));
    }

    public static NewEvent merged(ActorMerged merge) {
        return new NewEvent(Topics.ACTORS, MERGED, merge.survivorId().toString(), merge);
    }

    private static NewEvent event(String type, Actor actor, Object data) {
        return new NewEvent(Topics.ACTORS, type, actor.id().toString(), data);
    }
}
