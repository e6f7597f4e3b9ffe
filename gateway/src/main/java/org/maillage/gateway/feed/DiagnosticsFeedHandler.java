package org.maillage.gateway.feed;

import jakarta.inject.Singleton;
import org.maillage.commons.events.Topics;

@Singleton
class DiagnosticsFeedHandler extends AreaFeedHandler {

    DiagnosticsFeedHandler(FeedRecorder recorder) {
        super(Topics.DIAGNOSTICS, recorder);
    }
}
