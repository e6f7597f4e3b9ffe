package org.maillage.diagnostics.coverage.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An objective of an alliance, as its events describe it.
 *
 * @param indicator an indicator code of this service's catalogue, or null
 * @param result    null until the alliance records what it measured
 */
// named for where the contract shows it, apart from the alliance registry's own Objective
@Schema(name = "SuggestionObjective", description = "An objective of the alliance and what it measured")
public record AllianceObjective(@Schema(maxLength = AllianceObjective.MAX_TEXT) String title,
                                @Schema(maxLength = AllianceObjective.MAX_TEXT) String indicator,
                                @Schema(minimum = MIN_VALUE, maximum = MAX_VALUE) BigDecimal baseline,
                                @Schema(minimum = MIN_VALUE, maximum = MAX_VALUE) BigDecimal target,
                                @Schema(example = "2027-06-30", maxLength = 10) LocalDate dueDate,
                                ObjectiveResult result) {

    /** The alliance registry refuses longer titles and indicators (its contract states 300). */
    public static final int MAX_TEXT = 300;
    /** The alliance registry bounds baselines and targets so (its contract states them). */
    public static final String MIN_VALUE = "-1000000000000";
    public static final String MAX_VALUE = "1000000000000";

    public boolean reached() {
        return result != null && result.reached();
    }

    /** What the alliance measured against its target. */
    @Schema(name = "SuggestionObjectiveResult")
    public record ObjectiveResult(BigDecimal value, boolean reached,
                                  @Schema(example = "2027-06-12", maxLength = 10) LocalDate measuredOn) {
    }
}
