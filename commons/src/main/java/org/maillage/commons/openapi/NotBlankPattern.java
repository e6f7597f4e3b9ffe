package org.maillage.commons.openapi;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * States {@code @NotBlank} as the server applies it. The generator documents it as the pattern {@code \S}, but
 * the contract's regular expressions (ECMA-262) and Bean Validation do not agree on what a space is: the validator
 * refuses strings made only of {@link Character#isWhitespace} characters, so U+00A0 or U+FEFF alone pass it (the
 * contract would forbid values the server takes and returns) while U+001C alone does not. The pattern names
 * exactly those characters.
 */
final class NotBlankPattern {

    static final String GENERATED = "\\S";
    static final String AS_VALIDATED =
            "[^\\x09-\\x0D\\x1C-\\x20\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";

    private NotBlankPattern() {
    }

    static Schema state(Schema schema) {
        if (GENERATED.equals(schema.getPattern())) {
            schema.setPattern(AS_VALIDATED);
        }
        return schema;
    }
}
