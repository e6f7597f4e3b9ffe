package org.maillage.actors.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;

/** Which actor holds each identifier and external ref of a batch, read in two queries before the batch is checked. */
record Holders(Map<Identifier, UUID> identifiers, Map<ExternalRef, UUID> refs) {

    Optional<UUID> of(Identifier identifier) {
        return Optional.ofNullable(identifiers.get(identifier));
    }

    Optional<UUID> of(ExternalRef ref) {
        return Optional.ofNullable(refs.get(ref));
    }
}
