package org.maillage.gateway.feed;

import io.cloudevents.CloudEvent;
import org.maillage.commons.events.EventHandler;

/** Feeds every event of one service's topic into the feed, under that service's area. */
abstract class AreaFeedHandler implements EventHandler {

    private final String topic;
    private final FeedRecorder recorder;

    AreaFeedHandler(String topic, FeedRecorder recorder) {
        this.topic = topic;
        this.recorder = recorder;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public boolean accepts(String eventType) {
        return true;
    }

    @Override
    public void handle(CloudEvent event) {
        recorder.record(event, EventAreas.BY_TOPIC.get(topic));
    }
}
