package org.maillage.diagnostics.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/** Opaque cursor of a list ordered by a string key: the key of the last item of the previous page. */
final class CodeCursor {

    private static final String PREFIX = "k:";

    private CodeCursor() {
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                return raw.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadRequestException("cursor is not one this service issued",
                List.of(new FieldError("cursor", "InvalidCursor", "is not a cursor issued by this list")));
    }
}
