package org.maillage.gateway.feed;

import jakarta.inject.Singleton;

@Singleton
class DiagnosticsFeedHandler extends AreaFeedHandler {

    DiagnosticsFeedHandler(FeedRecorder recorder) {
        super("maillage.diagnostics.v1", recorder);
    }
}
