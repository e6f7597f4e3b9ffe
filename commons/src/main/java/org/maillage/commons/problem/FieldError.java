package org.maillage.commons.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where, a stable machine code, and a message for people. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "members[0].actorId") String field,
        @Schema(example = "NotBlank") String code,
        @Schema(example = "must not be blank") String message) {
}
