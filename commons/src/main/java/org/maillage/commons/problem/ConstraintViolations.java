package org.maillage.commons.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Reads bean-validation violations as field errors named like the JSON the client sent. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static boolean concernReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> hasKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
    }

    static List<FieldError> toFieldErrors(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return errors;
    }

    /** "create.request.members[0].actorId" becomes "members[0].actorId"; a lone parameter keeps its name. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (Iterator<Path.Node> it = nodes.iterator(); it.hasNext(); ) {
            Path.Node node = it.next();
            boolean last = !it.hasNext();
            if (node.getKind() == ElementKind.METHOD
                    || (node.getKind() == ElementKind.PARAMETER && !last)
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static boolean hasKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }
}
