package org.maillage.gateway.feed;

import jakarta.inject.Singleton;

@Singleton
class ActorsFeedHandler extends AreaFeedHandler {

    ActorsFeedHandler(FeedRecorder recorder) {
        super("maillage.actors.v1", recorder);
    }
}
