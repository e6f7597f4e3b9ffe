package org.maillage.actors.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.actors.service.ActorDuplicates;

@Schema(name = "DuplicateCandidates", description = "Likely duplicates, most similar first")
public record DuplicateCandidates(@Schema(maxItems = ActorDuplicates.MAX_CANDIDATES) List<DuplicateCandidate> items) {
}
