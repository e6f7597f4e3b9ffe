package org.maillage.gateway.feed;

import java.util.List;
import java.util.Set;

/** A read of the feed: after which position, which areas the caller may read, which types it asked for. */
public record FeedQuery(long after, Set<String> areas, List<String> typePatterns, int limit) {
}
