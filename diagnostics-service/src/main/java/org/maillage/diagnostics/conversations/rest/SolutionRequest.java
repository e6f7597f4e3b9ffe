package org.maillage.diagnostics.conversations.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.conversations.domain.Solution;

@Schema(name = "SolutionRequest", description = "A way of acting on a fragility, proposed by a participant")
public record SolutionRequest(
        @NotNull UUID fragilityId,
        @Schema(example = "Digital help desks in the three town halls") @NotBlank @Size(max = Solution.MAX_TITLE) String title,
        @Size(max = Solution.MAX_DESCRIPTION) String description,
        @NotNull UUID proposedBy) {
}
