package org.maillage.commons.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Set;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Applies a merge patch to the writable view of a resource (usually the record a PUT takes) and returns
 * the patched view, read and validated exactly like a PUT body: an unknown property or a value of the wrong
 * type is a 400 naming the field, a violated constraint a 400 listing every invalid field.
 */
@ApplicationScoped
public class MergePatcher {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    public MergePatcher(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    public <T> T patch(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new BadRequestException("A merge patch must be a JSON object",
                    List.of(new FieldError("", "InvalidValue", "must be a JSON object")));
        }
        JsonNode patched = MergePatch.apply(objectMapper.valueToTree(current), patch);
        T result;
        try {
            result = objectMapper.treeToValue(patched, type);
        } catch (JsonProcessingException e) {
            // The problem mappers name the field of a JSON failure carried this way.
            throw new WebApplicationException(e, 400);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
