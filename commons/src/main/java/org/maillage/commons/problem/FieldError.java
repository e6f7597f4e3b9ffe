package org.maillage.commons.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid field of a request: where, a stable machine code, and a message for people. Bounded like
 * {@link Problem}: longer texts are cut.
 */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "members[0].actorId", maxLength = FieldError.MAX_FIELD) String field,
        @Schema(example = "NotBlank", maxLength = FieldError.MAX_CODE) String code,
        @Schema(example = "must not be blank", maxLength = FieldError.MAX_MESSAGE) String message) {

    static final int MAX_FIELD = 500;
    static final int MAX_CODE = 100;
    static final int MAX_MESSAGE = 1000;

    public FieldError {
        field = Problem.clip(field, MAX_FIELD);
        code = Problem.clip(code, MAX_CODE);
        message = Problem.clip(message, MAX_MESSAGE);
    }
}
