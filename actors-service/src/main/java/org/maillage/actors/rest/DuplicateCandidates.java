package org.maillage.actors.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuplicateCandidates", description = "Likely duplicates, most similar first")
public record DuplicateCandidates(List<DuplicateCandidate> items) {
}
