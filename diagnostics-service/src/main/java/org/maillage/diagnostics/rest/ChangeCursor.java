package org.maillage.diagnostics.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/** Opaque cursor of a list ordered by (instant of the last change, string key). */
record ChangeCursor(Instant at, String key) {

    private static final String PREFIX = "c:";

    String encode() {
        String raw = PREFIX + at.getEpochSecond() + "." + at.getNano() + "/" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ChangeCursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int dot = raw.indexOf('.');
            int slash = raw.indexOf('/');
            if (raw.startsWith(PREFIX) && dot > 0 && slash > dot) {
                return new ChangeCursor(Instant.ofEpochSecond(Long.parseLong(raw.substring(PREFIX.length(), dot)),
                        Long.parseLong(raw.substring(dot + 1, slash))), raw.substring(slash + 1));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // reported below
        }
        throw new BadRequestException("cursor is not one this service issued",
                List.of(new FieldError("cursor", "InvalidCursor", "is not a cursor issued by this list")));
    }
}
