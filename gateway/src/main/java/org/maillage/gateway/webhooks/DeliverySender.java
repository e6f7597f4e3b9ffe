package org.maillage.gateway.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sends one attempt, signed for the moment it is sent: the signature is valid on every retry. */
@ApplicationScoped
public class DeliverySender {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final TargetGuard guard;

    public DeliverySender(WebhooksConfig config, TargetGuard guard) {
        // Redirects are not followed: they could lead the gateway to a target the guard refuses.
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = config.requestTimeout();
        this.guard = guard;
    }

    /** Blocks up to the request timeout: call from a worker thread, never the event loop. */
    public AttemptResult send(DeliveryClaims.Claimed delivery) {
        long started = System.nanoTime();
        URI target = URI.create(delivery.url());
        Optional<String> refusal = guard.refusal(target);
        if (refusal.isPresent()) {
            return new AttemptResult(null, "Target refused: " + refusal.get(), 0);
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Maillage-Webhooks/1")
                .header("webhook-id", delivery.messageId())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignatures.sign(delivery.secret(), delivery.messageId(),
                        timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new AttemptResult(response.statusCode(), null, elapsed(started));
        } catch (HttpTimeoutException e) {
            return new AttemptResult(null, "Timed out after " + requestTimeout.toSeconds() + " s", elapsed(started));
        } catch (IOException e) {
            return new AttemptResult(null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AttemptResult(null, "Interrupted (gateway stopping)", elapsed(started));
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
