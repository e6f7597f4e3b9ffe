package org.maillage.commons.problem;

import java.util.List;

/** 400: invalid input detected by the application rather than by bean validation (bad cursor, …). */
public class BadRequestException extends ProblemException {

    public BadRequestException(String detail, List<FieldError> errors) {
        super(400, "validation", "Invalid request", detail, errors);
    }
}
