package org.maillage.e2e.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Calls to a gateway as a partner's client makes them, with plain java.net.http: the shared end-to-end suite's
 * RestAssured settings and contract checks belong to that suite.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** An answer: its status and, when it has one, its JSON body. */
    record Answer(int status, JsonNode body) {
        String id() {
            return body.path("id").asText();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    Answer get(URI gateway, String path, String apiKey) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).GET(), apiKey);
    }

    Answer post(URI gateway, String path, String apiKey, String idempotencyKey, Object body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), apiKey);
    }

    /** A POST that must succeed at once (setting up the run, before any fault). */
    JsonNode created(URI gateway, String path, String apiKey, Object body) {
        try {
            Answer answer = post(gateway, path, apiKey, UUID.randomUUID().toString(), body);
            if (answer.status() != 201) {
                throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request, String apiKey) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("X-API-Key", apiKey).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
    }
}
