package org.maillage.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready when the Quarkus readiness endpoint answers 200. */
final class HttpHealthProbe implements Readiness.Probe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final URI readinessUrl;

    HttpHealthProbe(URI baseUrl) {
        this.readinessUrl = baseUrl.resolve("/q/health/ready");
    }

    @Override
    public void check() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(readinessUrl).timeout(Duration.ofSeconds(2)).GET().build();
        int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("GET " + readinessUrl + " answered " + status);
        }
    }
}
