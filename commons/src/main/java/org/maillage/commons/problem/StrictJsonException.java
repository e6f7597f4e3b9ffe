package org.maillage.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that the suite still refuses, such as a repeated item; a 400 naming the field. */
public class StrictJsonException extends MismatchedInputException {

    private final String expectation;

    public StrictJsonException(JsonParser parser, Class<?> targetType, String expectation) {
        super(parser, "Value " + expectation, targetType);
        this.expectation = expectation;
    }

    public String expectation() {
        return expectation;
    }
}
