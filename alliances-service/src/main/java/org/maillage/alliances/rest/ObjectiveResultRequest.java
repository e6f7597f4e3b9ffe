package org.maillage.alliances.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Objective;

@Schema(name = "ObjectiveResultRequest", description = "What the objective's indicator measured, and when")
public record ObjectiveResultRequest(
        @Schema(example = "520", minimum = Objective.MIN_VALUE, maximum = Objective.MAX_VALUE,
                description = "At most 4 decimals, as baseline and target")
        @NotNull @DecimalMin(Objective.MIN_VALUE) @DecimalMax(Objective.MAX_VALUE)
        @Digits(integer = Objective.INTEGER_DIGITS, fraction = Objective.FRACTION_DIGITS) BigDecimal value,
        @Schema(example = "2027-05-31", maxLength = 10, description = "Not after today") @NotNull LocalDate measuredOn) {
}
