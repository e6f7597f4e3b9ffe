package org.maillage.alliances.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.CommitmentKind;

@Schema(name = "CommitmentRequest", description = "What an active member pledges to bring")
public record CommitmentRequest(
        @NotNull UUID memberActorId,
        @Schema(example = "FINANCIAL") @NotNull CommitmentKind kind,
        @Schema(example = "15000") @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
        @Schema(example = "EUR", description = "EUR, person-days, …") @NotBlank @Size(max = 40) String unit,
        @Schema(example = "2027-03-31", nullable = true, maxLength = 10) LocalDate dueDate) {
}
