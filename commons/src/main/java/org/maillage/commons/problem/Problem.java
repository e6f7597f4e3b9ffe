package org.maillage.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://maillage.org/problems/not-found") URI type,
        @Schema(description = "Short, human-readable summary of the problem type", example = "Resource not found") String title,
        @Schema(description = "HTTP status code", example = "404") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "Path of the request that failed") String instance,
        @Schema(description = "Per-field validation errors") List<FieldError> errors,
        @Schema(description = "Request id to quote when reporting the problem") String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://maillage.org/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
