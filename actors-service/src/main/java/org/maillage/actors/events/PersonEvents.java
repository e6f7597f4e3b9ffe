package org.maillage.actors.events;

import org.maillage.actors.domain.Person;
import org.maillage.commons.events.Topics;
import org.maillage.commons.outbox.NewEvent;

/**
 * Events about the people of actors, keyed by person id, on {@link Topics#ACTORS}. They never carry personal
 * data (names, contact data, job titles): consumers that need them read the API, so an erasure is complete.
 */
public final class PersonEvents {

    public static final String ADDED = "org.maillage.person.added.v1";
    public static final String UPDATED = "org.maillage.person.updated.v1";
    public static final String REMOVED = "org.maillage.person.removed.v1";
    public static final String ERASED = "org.maillage.person.erased.v1";

    private PersonEvents() {
    }

    public static NewEvent of(String type, Person person) {
        return new NewEvent(Topics.ACTORS, type, person.id().toString(), PersonChanged.of(person));
    }
}
