package org.maillage.actors.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.vocabulary.Theme;

/**
 * An actor as it is shown: its fields, the territories it declared (not their ancestors), its identifiers and
 * external refs, each list in a stable order whichever way the actor was read.
 */
public record ActorView(UUID id, String name, ActorKind kind, World world, String description, String website,
                        String email, String phone, Address address, List<ActorTerritory> territories,
                        Set<Theme> themes, List<Identifier> identifiers, List<ExternalRef> externalRefs,
                        boolean archived, Instant archivedAt, UUID mergedInto, Instant createdAt, Instant updatedAt,
                        long version) {

    public ActorView {
        territories = sorted(territories,
                Comparator.comparing(ActorTerritory::level).thenComparing(ActorTerritory::code));
        identifiers = sorted(identifiers, Comparator.comparing(Identifier::scheme).thenComparing(Identifier::value));
        externalRefs = sorted(externalRefs, Comparator.comparing(ExternalRef::system).thenComparing(ExternalRef::id));
    }

    private static <T> List<T> sorted(Collection<T> values, Comparator<T> order) {
        return values.stream().sorted(order).toList();
    }
}
