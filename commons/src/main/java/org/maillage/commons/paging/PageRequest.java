package org.maillage.commons.paging;

import java.util.List;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/** What a client asks of a list: how many items at most, and from where (an opaque cursor). */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** Every cursor the services issue is far shorter; a longer one cannot be theirs. */
    public static final int MAX_CURSOR_LENGTH = 512;

    public static PageRequest of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT,
                    List.of(new FieldError("limit", "Range", "must be between 1 and " + MAX_LIMIT)));
        }
        if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
            throw new BadRequestException("cursor is not one this service issued",
                    List.of(new FieldError("cursor", "InvalidCursor", "is not a cursor issued by this list")));
        }
        return new PageRequest(effective, cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** Rows to fetch: one more than the limit tells whether a next page exists without a count query. */
    public int fetchSize() {
        return limit + 1;
    }
}
