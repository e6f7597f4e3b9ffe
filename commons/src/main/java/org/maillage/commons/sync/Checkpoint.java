package org.maillage.commons.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Where a client stands in one collection's change feed: the position of the last change it was given. Opaque
 * to clients and bound to its collection, so a checkpoint of the people feed is refused by the actors feed.
 */
public record Checkpoint(String collection, long position) {

    public static final String PARAMETER = "checkpoint";
    /** Every checkpoint the services issue is far shorter; a longer one cannot be theirs. */
    public static final int MAX_LENGTH = 128;
    public static final String PATTERN = "^[A-Za-z0-9_-]+$";

    /** The checkpoint a client starts with (none given): every record of the collection comes, once. */
    public static Checkpoint start(String collection) {
        return new Checkpoint(collection, 0);
    }

    public Checkpoint after(long position) {
        return new Checkpoint(collection, position);
    }

    public String encode() {
        byte[] raw = (collection + ":" + position).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The client's checkpoint, or the start of the feed when it sent none. */
    public static Checkpoint decode(String collection, String token) {
        if (token == null) {
            return start(collection);
        }
        try {
            if (token.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.lastIndexOf(':');
            if (colon < 0 || !raw.substring(0, colon).equals(collection)) {
                throw new IllegalArgumentException(raw);
            }
            long position = Long.parseLong(raw.substring(colon + 1));
            if (position < 0) {
                throw new IllegalArgumentException(raw);
            }
            return new Checkpoint(collection, position);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(PARAMETER + " is not a checkpoint of the " + collection + " change feed",
                    List.of(new FieldError(PARAMETER, "InvalidCheckpoint",
                            "is not a checkpoint issued by the " + collection + " change feed")));
        }
    }
}
