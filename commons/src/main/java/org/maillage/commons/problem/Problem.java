package org.maillage.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response. Its texts and error list are bounded (longer
 * ones are cut) so the contract can state their limits and no input can make an error response grow unbounded.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "https://maillage.org/problems/not-found",
                maxLength = Problem.MAX_TYPE) URI type,
        @Schema(description = "Short, human-readable summary of the problem type", example = "Resource not found",
                maxLength = Problem.MAX_TITLE) String title,
        @Schema(description = "HTTP status code", example = "404", minimum = "400", maximum = "599", format = "int32")
        int status,
        @Schema(description = "Explanation specific to this occurrence", maxLength = Problem.MAX_DETAIL) String detail,
        @Schema(description = "Path of the request that failed", maxLength = Problem.MAX_INSTANCE) String instance,
        @Schema(description = "Per-field validation errors (the first " + Problem.MAX_ERRORS + " when there are more)",
                maxItems = Problem.MAX_ERRORS) List<FieldError> errors,
        @Schema(description = "Request id to quote when reporting the problem", maxLength = 128,
                pattern = "^[A-Za-z0-9._:-]+$") String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_TYPE = 200;
    static final int MAX_TITLE = 200;
    static final int MAX_DETAIL = 2000;
    static final int MAX_INSTANCE = 4096;
    static final int MAX_ERRORS = 1000;
    private static final String TYPE_BASE = "https://maillage.org/problems/";

    public Problem {
        title = clip(title, MAX_TITLE);
        detail = clip(detail, MAX_DETAIL);
        instance = clip(instance, MAX_INSTANCE);
        errors = errors != null && errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors;
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
