package org.maillage.gateway.feed;

import jakarta.inject.Singleton;
import org.maillage.commons.events.Topics;

@Singleton
class ActorsFeedHandler extends AreaFeedHandler {

    ActorsFeedHandler(FeedRecorder recorder) {
        super(Topics.ACTORS, recorder);
    }
}
