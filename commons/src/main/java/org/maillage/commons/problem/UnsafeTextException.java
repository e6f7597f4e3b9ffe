package org.maillage.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.maillage.commons.web.SafeText;

/** A JSON string the suite will not store (see {@link SafeText}); mapped to a 400 naming the field. */
public class UnsafeTextException extends InvalidFormatException {

    public UnsafeTextException(JsonParser parser) {
        super(parser, "String " + SafeText.EXPECTATION, null, String.class);
    }
}
