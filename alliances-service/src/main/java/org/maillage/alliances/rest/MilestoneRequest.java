package org.maillage.alliances.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneRequest", description = "A dated step of the alliance's plan")
public record MilestoneRequest(
        @Schema(example = "First 50 seniors trained") @NotBlank @Size(max = 300) String title,
        @Schema(example = "2027-01-31", maxLength = 10) @NotNull LocalDate dueDate) {
}
