package org.maillage.commons.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; nextCursor is absent on the last page. */
public record CursorPage<T>(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page",
                maxLength = PageRequest.MAX_CURSOR_LENGTH, pattern = "^[A-Za-z0-9_=-]+$") String nextCursor) {

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if present, only
     * proves there is more, and the cursor points after the last row kept.
     */
    public static <E, T> CursorPage<T> fromSlice(List<E> rows, PageRequest request, Function<E, T> toItem,
                                                 Function<E, String> cursorAfter) {
        boolean more = rows.size() > request.limit();
        List<E> kept = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? cursorAfter.apply(kept.get(kept.size() - 1)) : null;
        return new CursorPage<>(kept.stream().map(toItem).toList(), next);
    }
}
