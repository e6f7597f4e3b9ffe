package org.maillage.gateway.webhooks;

/** What one attempt gave: the status answered, or why there was no answer. */
record AttemptResult(Integer statusCode, String error, long durationMs) {

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    String describe() {
        return statusCode != null ? "HTTP " + statusCode : error;
    }
}
