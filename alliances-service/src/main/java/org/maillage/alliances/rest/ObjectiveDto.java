package org.maillage.alliances.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Objective;

@Schema(name = "Objective", description = "What the alliance means to achieve; indicator and target are needed to review it")
public record ObjectiveDto(
        @Schema(description = "Given by the service. In a revision (PATCH), the id of a current objective keeps it "
                + "and its result; leave it out for a new objective")
        UUID id,
        @Schema(example = "Train seniors in digital public services") @NotBlank @Size(max = 300) String title,
        @Schema(example = "Seniors trained") @Size(max = 300) String indicator,
        @Schema(example = "0", minimum = Objective.MIN_VALUE, maximum = Objective.MAX_VALUE,
                description = "At most 4 decimals")
        @DecimalMin(Objective.MIN_VALUE) @DecimalMax(Objective.MAX_VALUE)
        @Digits(integer = Objective.INTEGER_DIGITS, fraction = Objective.FRACTION_DIGITS) BigDecimal baseline,
        @Schema(example = "500", minimum = Objective.MIN_VALUE, maximum = Objective.MAX_VALUE,
                description = "At most 4 decimals; at or above the baseline (or without one) it is to reach at least, "
                        + "below the baseline to come down to at most")
        @DecimalMin(Objective.MIN_VALUE) @DecimalMax(Objective.MAX_VALUE)
        @Digits(integer = Objective.INTEGER_DIGITS, fraction = Objective.FRACTION_DIGITS) BigDecimal target,
        @Schema(example = "2027-06-30", maxLength = 10) LocalDate dueDate,
        @Schema(readOnly = true, description = "The last measured result, absent until one is recorded "
                + "(recordObjectiveResult); not taken from requests")
        ObjectiveResultDto result) {

    @Schema(name = "ObjectiveResult", description = "What the objective's indicator measured, and whether it reaches the target")
    public record ObjectiveResultDto(
            @Schema(example = "520", minimum = Objective.MIN_VALUE, maximum = Objective.MAX_VALUE) BigDecimal value,
            @Schema(description = "Decided from baseline and target when read") boolean reached,
            @Schema(example = "2027-05-31", maxLength = 10) LocalDate measuredOn) {
    }

    Objective toDomain() {
        return new Objective(id, title.strip(), indicator, baseline, target, dueDate);
    }

    static ObjectiveDto of(Objective o) {
        return new ObjectiveDto(o.id(), o.title(), o.indicator(), o.baseline(), o.target(), o.dueDate(),
                o.result() == null ? null
                        : new ObjectiveResultDto(o.result().value(), o.reached(), o.result().measuredOn()));
    }
}
