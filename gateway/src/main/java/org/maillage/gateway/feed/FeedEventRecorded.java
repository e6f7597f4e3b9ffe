package org.maillage.gateway.feed;

/**
 * Fired synchronously, inside the consumer's transaction, when an event enters the feed for the first time:
 * observers (webhook fan-out) commit or fail together with it.
 */
public record FeedEventRecorded(long position, String area, FeedEvent event) {
}
