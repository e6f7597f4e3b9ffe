package org.maillage.alliances.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Objective;

@Schema(name = "Objective", description = "What the alliance means to achieve; indicator and target are needed to review it")
public record ObjectiveDto(
        @Schema(example = "Train seniors in digital public services") @NotBlank @Size(max = 300) String title,
        @Schema(example = "Seniors trained") @Size(max = 300) String indicator,
        @Schema(example = "0", minimum = Objective.MIN_VALUE, maximum = Objective.MAX_VALUE,
                description = "At most 4 decimals")
        @DecimalMin(Objective.MIN_VALUE) @DecimalMax(Objective.MAX_VALUE)
        @Digits(integer = Objective.INTEGER_DIGITS, fraction = Objective.FRACTION_DIGITS) BigDecimal baseline,
        @Schema(example = "500", minimum = Objective.MIN_VALUE, maximum = Objective.MAX_VALUE,
                description = "At most 4 decimals")
        @DecimalMin(Objective.MIN_VALUE) @DecimalMax(Objective.MAX_VALUE)
        @Digits(integer = Objective.INTEGER_DIGITS, fraction = Objective.FRACTION_DIGITS) BigDecimal target,
        @Schema(example = "2027-06-30", maxLength = 10) LocalDate dueDate) {

    Objective toDomain() {
        return new Objective(title.strip(), indicator, baseline, target, dueDate);
    }

    static ObjectiveDto of(Objective o) {
        return new ObjectiveDto(o.title(), o.indicator(), o.baseline(), o.target(), o.dueDate());
    }
}
