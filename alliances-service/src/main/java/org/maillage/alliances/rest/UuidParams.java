package org.maillage.alliances.rest;

import java.util.List;
import java.util.UUID;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/** Parses UUID filters with a 400 problem naming the parameter, rather than JAX-RS's bare 404. */
final class UuidParams {

    private UuidParams() {
    }

    static UUID of(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(parameter + " must be a UUID",
                    List.of(new FieldError(parameter, "InvalidValue", "must be a UUID")));
        }
    }
}
