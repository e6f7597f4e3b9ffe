package org.maillage.gateway.feed;

/**
 * An event in the feed, at its position, with the traceparent it arrived with (null when none). Fired by {@link FeedRecorder} when an event enters the feed for the
 * first time (observers watching the commit learn there is something new), and read back by
 * {@link FeedStore#recordedAfter} for the webhook fan-out.
 */
public record FeedEventRecorded(long position, String area, FeedEvent event, String traceparent) {
}
