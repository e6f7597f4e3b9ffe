package org.maillage.alliances.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Commitment;
import org.maillage.alliances.domain.CommitmentKind;

@Schema(name = "CommitmentRequest", description = "What an active member pledges to bring, or what the lead proposes in its name")
public record CommitmentRequest(
        @NotNull UUID memberActorId,
        @Schema(example = "FINANCIAL") @NotNull CommitmentKind kind,
        @Schema(example = "15000", description = "More than 0, at most 10^12, at most 2 decimals", minimum = "0",
                exclusiveMinimum = true, maximum = Commitment.MAX_AMOUNT)
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Commitment.MAX_AMOUNT)
        @Digits(integer = Commitment.AMOUNT_INTEGER_DIGITS, fraction = Commitment.AMOUNT_FRACTION_DIGITS) BigDecimal amount,
        @Schema(example = "EUR", description = "EUR, person-days, …") @NotBlank @Size(max = 40) String unit,
        @Schema(example = "2027-03-31", maxLength = 10) LocalDate dueDate) {
}
