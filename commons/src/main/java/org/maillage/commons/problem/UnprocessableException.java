package org.maillage.commons.problem;

import java.util.List;

/** 422: the request is well-formed but refers to things that do not allow it (unknown actor, …). */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String detail, List<FieldError> errors) {
        super(422, "unprocessable", "Request cannot be processed", detail, errors);
    }
}
