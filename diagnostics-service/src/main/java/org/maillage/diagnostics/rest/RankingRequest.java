package org.maillage.diagnostics.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RankingRequest", description = "A participant's ballot: fragility ids from most to least urgent")
public record RankingRequest(@NotNull @NotEmpty @Size(max = 200) List<@NotNull UUID> fragilityIds) {
}
