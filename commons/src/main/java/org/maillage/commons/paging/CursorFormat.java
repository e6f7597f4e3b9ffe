package org.maillage.commons.paging;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * How one list writes its opaque cursor: a few key parts joined by a separator behind a prefix, Base64url-encoded
 * so clients pass it back without building it. The last part may itself contain the separator. A cursor that is
 * not of the format (or whose parts do not read back) is answered as a 400 on the field {@code cursor}.
 */
public record CursorFormat(String prefix, char separator, int parts) {

    public CursorFormat {
        if (parts < 1) {
            throw new IllegalArgumentException("a cursor has at least one part");
        }
    }

    public String encode(String... values) {
        if (values.length != parts) {
            throw new IllegalArgumentException("expected " + parts + " cursor parts, got " + values.length);
        }
        String raw = prefix + String.join(String.valueOf(separator), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor of this format, or null for no cursor (the first page). */
    public List<String> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(prefix)) {
                String[] split = raw.substring(prefix.length()).split(Pattern.quote(String.valueOf(separator)), parts);
                if (split.length == parts) {
                    return List.of(split);
                }
            }
        } catch (IllegalArgumentException e) {
            // not Base64url: reported below
        }
        throw invalid();
    }

    /** The cursor read into the list's key by {@code read}, which rejects parts it cannot read by throwing. */
    public <T> T decode(String cursor, Function<List<String>, T> read) {
        List<String> values = decode(cursor);
        if (values == null) {
            return null;
        }
        try {
            return read.apply(values);
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw invalid();
        }
    }

    /** An instant as a cursor part, exact to the nanosecond: seconds, a dot, nanoseconds. */
    public static String instant(Instant at) {
        return at.getEpochSecond() + "." + at.getNano();
    }

    /** Reads back {@link #instant(Instant)}; throws IllegalArgumentException for anything else. */
    public static Instant instant(String part) {
        int dot = part.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException(part);
        }
        return Instant.ofEpochSecond(Long.parseLong(part.substring(0, dot)), Long.parseLong(part.substring(dot + 1)));
    }

    private static BadRequestException invalid() {
        return new BadRequestException("cursor is not one this service issued",
                List.of(new FieldError("cursor", "InvalidCursor", "is not a cursor issued by this list")));
    }
}
