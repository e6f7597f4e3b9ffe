package org.maillage.diagnostics.indicators.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.domain.Aggregation;
import org.maillage.diagnostics.indicators.domain.IndicatorDefinition;
import org.maillage.diagnostics.indicators.domain.Polarity;
import org.maillage.vocabulary.Theme;

@Schema(name = "IndicatorRequest", description = "An indicator of the catalogue, as created (POST, with `code`) or"
        + " replaced (PUT, `code` taken from the path and optional in the body)")
public record IndicatorRequest(
        @Schema(description = "Stable identifier, lower case; also the CSV column name of the indicator. Not `changes`,"
                + " the path of the catalogue's change feed", example = "unemployment_rate", pattern = CODE, maxLength = 64)
        @Pattern(regexp = CODE, message = "must be 2 to 64 lower-case letters, digits or _, starting with a letter, other than changes")
        String code,
        @Schema(example = "Unemployment rate (15-64)") @NotBlank @Size(max = MAX_LABEL) String label,
        @Schema(example = "Unemployed people as a share of the labour force aged 15 to 64") @Size(max = MAX_DESCRIPTION) String description,
        @Schema(example = "%") @NotBlank @Size(max = MAX_UNIT) String unit,
        @Schema(description = "Field of action, shared with actors and alliances; none for descriptive indicators",
                example = "EMPLOYMENT") Theme theme,
        @Schema(example = "HIGHER_IS_WORSE") @NotNull Polarity polarity,
        @Schema(description = "How values above the commune are derived from the communes", example = "POPULATION_WEIGHTED_MEAN")
        @NotNull Aggregation aggregation,
        @Schema(example = "INSEE, recensement de la population 2021") @NotBlank @Size(max = MAX_SOURCE) String source) {

    /** GET /api/v1/indicators/changes is the change feed, so no indicator may be read there. */
    static final String CODE = "^(?!changes$)[a-z][a-z0-9_]{1,63}$";
    static final int MAX_LABEL = IndicatorDefinition.MAX_LABEL;
    static final int MAX_DESCRIPTION = IndicatorDefinition.MAX_DESCRIPTION;
    static final int MAX_UNIT = IndicatorDefinition.MAX_UNIT;
    static final int MAX_SOURCE = IndicatorDefinition.MAX_SOURCE;


    IndicatorDefinition definition() {
        return new IndicatorDefinition(label.strip(), description, unit.strip(), theme, polarity, aggregation, source.strip());
    }
}
