package org.maillage.actors.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;

/**
 * Which actor holds each identifier and external ref of a batch, and which organisation owns each reference
 * system it names, read in three queries before the batch is checked.
 */
record Holders(Map<Identifier, UUID> identifiers, Map<ExternalRef, UUID> refs, Map<String, Optional<UUID>> systems) {

    Optional<UUID> of(Identifier identifier) {
        return Optional.ofNullable(identifiers.get(identifier));
    }

    Optional<UUID> of(ExternalRef ref) {
        return Optional.ofNullable(refs.get(ref));
    }
}
