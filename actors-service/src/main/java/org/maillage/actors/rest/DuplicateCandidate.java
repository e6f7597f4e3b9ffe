package org.maillage.actors.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuplicateCandidate", description = "An actor that is probably the same organisation")
public record DuplicateCandidate(
        ActorResponse actor,
        @Schema(description = "Name similarity ignoring accents and case, 0 to 1 (trigram)", example = "0.72") double score) {
}
