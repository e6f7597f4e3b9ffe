package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's profile as three weights summing to 100 (the "barycentre" of their competencies). */
@Embeddable
@Schema(name = "Competencies", description = "Operational, strategic and political weights; they sum to 100")
public record Competencies(
        @Schema(example = "20") @NotNull @Min(0) @Max(100) @Column(name = "operational") Integer operational,
        @Schema(example = "50") @NotNull @Min(0) @Max(100) @Column(name = "strategic") Integer strategic,
        @Schema(example = "30") @NotNull @Min(0) @Max(100) @Column(name = "political") Integer political) {

    public boolean sumsTo100() {
        return operational != null && strategic != null && political != null
                && operational + strategic + political == 100;
    }
}
