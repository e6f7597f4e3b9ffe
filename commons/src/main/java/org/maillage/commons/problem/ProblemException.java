package org.maillage.commons.problem;

import java.util.List;

/** Base of the exceptions that domain code throws to answer with a given problem. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String typeSlug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String typeSlug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
