package org.maillage.actors.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.maillage.actors.domain.Person;
import org.maillage.actors.domain.Profession;

/** Data of every person event: ids, professions and version only, never personal data. */
public record PersonChanged(UUID personId, UUID actorId, Set<Profession> professions, boolean removed, boolean erased,
                            long version, Instant at) {

    public static PersonChanged of(Person person) {
        return new PersonChanged(person.id(), person.actorId(), person.professions(), person.removed(), person.erased(),
                person.version(), person.updatedAt());
    }
}
