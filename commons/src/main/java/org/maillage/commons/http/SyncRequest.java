package org.maillage.commons.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * The incremental-sync parameters every collection accepts: {@code updatedSince} (RFC 3339) keeps the
 * records changed at or after that instant, ordered by (updatedAt, id) so a client can resume from the
 * last one it saw; {@code includeArchived=true} adds archived records as tombstones so deletions mirror too.
 */
public record SyncRequest(Instant updatedSince, boolean includeArchived) {

    public static final String UPDATED_SINCE = "updatedSince";
    public static final String INCLUDE_ARCHIVED = "includeArchived";

    public static SyncRequest of(String updatedSince, Boolean includeArchived) {
        return new SyncRequest(parseInstant(updatedSince), Boolean.TRUE.equals(includeArchived));
    }

    /** Whether the list must be ordered by last change rather than by creation. */
    public boolean bySync() {
        return updatedSince != null;
    }

    static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(UPDATED_SINCE + " must be an RFC 3339 date-time such as 2026-01-31T08:00:00Z",
                    List.of(new FieldError(UPDATED_SINCE, "InvalidValue", "must be an RFC 3339 date-time with an offset")));
        }
    }
}
