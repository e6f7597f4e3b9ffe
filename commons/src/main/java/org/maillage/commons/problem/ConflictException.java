package org.maillage.commons.problem;

import java.util.List;

/** 409: the request conflicts with the current state of the resource. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(409, "conflict", "Conflict", detail);
    }

    public ConflictException(String detail, List<FieldError> errors) {
        super(409, "conflict", "Conflict", detail, errors);
    }
}
