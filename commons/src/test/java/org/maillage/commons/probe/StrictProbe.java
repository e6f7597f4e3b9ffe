package org.maillage.commons.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A body with one field of each type the contracts use, to test that each is read without coercion. */
public record StrictProbe(String name, Integer count, Long total, Double ratio, Boolean active,
                          ProbeRequest.ProbeColour colour, @Size(max = 2) Set<String> tags, Instant at, LocalDate on,
                          UUID ref, List<ProbeRequest.@NotNull @Valid Part> parts) {
}
