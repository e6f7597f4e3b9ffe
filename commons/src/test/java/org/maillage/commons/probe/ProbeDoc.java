package org.maillage.commons.probe;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/** The writable view of a probe document, patched with JSON merge patch. */
public record ProbeDoc(@NotBlank String title, @Max(10) int size, ProbeRequest.ProbeColour colour,
                       Map<String, String> tags) {
}
