package org.maillage.actors.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.maillage.actors.service.BulkEntry;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.web.StrictJsonBodies;

/**
 * Reads a bulk body, a JSON array or NDJSON (one actor per line), into items: an unreadable or invalid item
 * becomes an item error, not a failure of the whole request. A body that is not an array at all is a 400.
 */
@ApplicationScoped
public class BulkReader {

    static final int MAX_ITEMS = 1000;
    private final ObjectMapper objectMapper;
    private final Validator validator;

    public BulkReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    List<BulkEntry> read(String body, boolean ndjson) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        if (ndjson) {
            body.lines().filter(line -> !line.isBlank()).forEach(texts::add);
        } else {
            JsonNode array = parseArray(body);
            array.forEach(nodes::add);
        }
        int size = ndjson ? texts.size() : nodes.size();
        if (size == 0 || size > MAX_ITEMS) {
            throw new BadRequestException("A bulk import takes 1 to " + MAX_ITEMS + " actors; this one has " + size,
                    List.of(new FieldError("items", "Size", "must hold 1 to " + MAX_ITEMS + " actors")));
        }
        List<BulkEntry> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item(i, ndjson ? texts.get(i) : null, ndjson ? null : nodes.get(i)));
        }
        return items;
    }

    private JsonNode parseArray(String body) {
        try {
            JsonNode array = objectMapper.readTree(body);
            if (array == null || !array.isArray()) {
                throw new BadRequestException("The body must be a JSON array of actors (or NDJSON with application/x-ndjson)",
                        List.of(new FieldError("", "InvalidValue", "must be a JSON array")));
            }
            return array;
        } catch (JsonProcessingException e) {
            throw new BadRequestException("The body is not valid JSON", List.of());
        }
    }

    private BulkEntry item(int index, String text, JsonNode node) {
        if (text != null) {
            // A JSON array body was checked whole when it was read; an NDJSON line is checked here.
            try {
                StrictJsonBodies.check(text.getBytes(StandardCharsets.UTF_8), false);
            } catch (BadRequestException e) {
                return new BulkEntry(index, null, e);
            }
        }
        try {
            ActorInput input = text != null ? objectMapper.readValue(text, ActorInput.class)
                    : objectMapper.treeToValue(node, ActorInput.class);
            Set<ConstraintViolation<ActorInput>> violations = input == null ? Set.of() : validator.validate(input);
            if (input == null || !violations.isEmpty()) {
                List<FieldError> errors = violations.stream()
                        .map(v -> new FieldError(v.getPropertyPath().toString(),
                                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field)).toList();
                return new BulkEntry(index, null, new BadRequestException("The actor has invalid fields", errors));
            }
            return new BulkEntry(index, input.toProposal(), null);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            return new BulkEntry(index, null, new BadRequestException("Item " + index + " cannot be read: " + e.getOriginalMessage(),
                    List.of(new FieldError(field, "InvalidValue", "is unknown or has the wrong type"))));
        } catch (JsonProcessingException e) {
            return new BulkEntry(index, null, new BadRequestException("Item " + index + " is not valid JSON", List.of()));
        }
    }
}
