package org.maillage.gateway.feed;

import jakarta.inject.Singleton;

@Singleton
class AlliancesFeedHandler extends AreaFeedHandler {

    AlliancesFeedHandler(FeedRecorder recorder) {
        super("maillage.alliances.v1", recorder);
    }
}
