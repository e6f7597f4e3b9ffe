package org.maillage.commons.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A request body exercising the validation and JSON error paths. */
public record ProbeRequest(@NotBlank String name, @Max(10) int size, ProbeColour colour,
                           List<@NotNull @Valid Part> parts) {

    public enum ProbeColour { RED, GREEN }

    public record Part(@NotBlank String label) {
    }
}
