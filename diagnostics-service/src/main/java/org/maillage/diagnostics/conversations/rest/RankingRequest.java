package org.maillage.diagnostics.conversations.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.conversations.domain.Ranking;

@Schema(name = "RankingRequest", description = "A participant's ballot: fragility ids from most to least urgent")
public record RankingRequest(@Schema(type = SchemaType.ARRAY, implementation = UUID.class) @NotNull @NotEmpty @Size(max = Ranking.MAX_FRAGILITIES) List<@NotNull UUID> fragilityIds) {
}
