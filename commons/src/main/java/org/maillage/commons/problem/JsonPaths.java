package org.maillage.commons.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.web.SafeText;

/** Names the JSON location of a Jackson mapping failure the way clients write it: "members[0].role". */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the field should have been, without naming internal classes. */
    static String expectation(MismatchedInputException e) {
        if (e instanceof UnsafeTextException) {
            return SafeText.EXPECTATION;
        }
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return "must be one of " + allowed;
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
            return "must be a " + (target == boolean.class ? "boolean" : "number");
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        return "has a value of the wrong type or format";
    }
}
