package org.maillage.gateway.feed;

import jakarta.inject.Singleton;
import org.maillage.commons.events.Topics;

@Singleton
class AlliancesFeedHandler extends AreaFeedHandler {

    AlliancesFeedHandler(FeedRecorder recorder) {
        super(Topics.ALLIANCES, recorder);
    }
}
