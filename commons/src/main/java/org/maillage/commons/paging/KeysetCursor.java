package org.maillage.commons.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/** Position in a list ordered by (instant, id): encoded opaque so clients never build it themselves. */
public record KeysetCursor(Instant at, UUID id) {

    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "/" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static KeysetCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int slash = raw.indexOf('/');
            int dot = raw.indexOf('.');
            if (slash < 0 || dot < 0 || dot > slash) {
                throw new IllegalArgumentException(raw);
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)),
                    Long.parseLong(raw.substring(dot + 1, slash)));
            return new KeysetCursor(at, UUID.fromString(raw.substring(slash + 1)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new BadRequestException("cursor is not one this service issued",
                    List.of(new FieldError("cursor", "InvalidCursor", "is not a cursor issued by this list")));
        }
    }
}
