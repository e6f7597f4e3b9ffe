package org.maillage.commons.sync;

import java.util.List;
import java.util.function.Function;

/**
 * One answer of a change feed: the records changed after the client's checkpoint, each once at its latest committed
 * state, in the order of the commits that last changed them; the checkpoint to send next time; and whether more
 * changes are already waiting (ask again at once) or the client has caught up (ask again later).
 */
public record SyncPage<T>(List<T> items, String checkpoint, boolean hasMore) {

    public <R> SyncPage<R> map(Function<T, R> toItem) {
        return new SyncPage<>(items.stream().map(toItem).toList(), checkpoint, hasMore);
    }
}
