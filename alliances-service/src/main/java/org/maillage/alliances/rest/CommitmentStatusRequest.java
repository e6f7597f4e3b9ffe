package org.maillage.alliances.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.CommitmentStatus;

@Schema(name = "CommitmentStatusRequest", description = "DELIVERED or WITHDRAWN; a pledged commitment settles once, "
        + "a proposed one may only be withdrawn (its member confirms or declines it with their own operations)")
public record CommitmentStatusRequest(@Schema(example = "DELIVERED") @NotNull CommitmentStatus status) {
}
