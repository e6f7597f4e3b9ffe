package org.maillage.gateway.feed;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Events after the cursor, oldest first")
public record FeedPage(
        @Size(max = 500) List<FeedEvent> items,
        @Size(max = 40) @Schema(description = "Cursor to pass as `after` next time: the position of the last event "
                + "returned, or the cursor asked for when nothing is new. Absent only when the feed is empty.",
                examples = "1842") String nextCursor,
        @Schema(description = "Whether more events are available right now") boolean hasMore) {
}
