package org.maillage.commons.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads UUIDs in their canonical 8-4-4-4-12 hexadecimal form only (either case); {@link UUID#fromString} would
 * also take shortened forms such as {@code 1-2-3-4-5}, which the contracts do not allow.
 */
public final class Uuids {

    public static final String EXPECTATION = "must be a UUID in the 8-4-4-4-12 hexadecimal form";

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    /** The UUID, or an {@link IllegalArgumentException} when the text is not in canonical form. */
    public static UUID parse(String text) {
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a canonical UUID: " + text);
        }
        return UUID.fromString(text);
    }
}
