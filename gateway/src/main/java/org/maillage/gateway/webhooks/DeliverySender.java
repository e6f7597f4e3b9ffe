package org.maillage.gateway.webhooks;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.maillage.commons.events.TraceParents;

/**
 * Sends one attempt, signed for the moment it is sent: the signature is valid on every retry. The connection
 * goes to an address the guard approved for this attempt, while the request and TLS keep the URL's host name.
 */
@ApplicationScoped
public class DeliverySender {

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final TargetGuard guard;

    @Inject
    public DeliverySender(Vertx vertx, WebhooksConfig config, TargetGuard guard) {
        // As many connections per address as attempts in flight: an attempt never queues behind another one.
        this(vertx.createHttpClient(clientOptions(config.connectTimeout()),
                new PoolOptions().setHttp1MaxSize(config.concurrency())),
                config.connectTimeout(), config.requestTimeout(), guard);
    }

    DeliverySender(HttpClient client, Duration connectTimeout, Duration requestTimeout, TargetGuard guard) {
        this.client = client;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.guard = guard;
    }

    static HttpClientOptions clientOptions(Duration connectTimeout) {
        return new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                // One connection per attempt: a pooled connection would outlive the check of its address.
                .setKeepAlive(false)
                // Vert.x gives the TLS engine the request's host as peer, not the server address connected to:
                // the certificate is checked against the URL's host name and SNI names it (DNS names only).
                .setVerifyHost(true);
    }

    /** Blocks up to the request timeout: call from a worker thread, never the event loop. */
    public AttemptResult send(DeliveryClaims.Claimed delivery) {
        long started = System.nanoTime();
        VettedTarget target;
        try {
            target = guard.vet(URI.create(delivery.url()));
        } catch (TargetRefusedException e) {
            return new AttemptResult(null, "Target refused: " + e.getMessage(), 0);
        }
        // The host's addresses in the resolver's order, as browsers try them: one that refuses or does not answer
        // the connection gives way to the next. Once a request is on its way no other is tried (the endpoint may
        // have it), and all of them share the request timeout, which the claim on the delivery outlasts.
        List<String> unreachable = new ArrayList<>();
        for (InetAddress address : target.addresses()) {
            Exchange exchange = exchange(target, address, delivery, started);
            boolean last = unreachable.size() == target.addresses().size() - 1;
            if (!exchange.nothingSent() || last || remainingMillis(started) <= 0
                    || Thread.currentThread().isInterrupted()) {
                AttemptResult result = exchange.result();
                return result.statusCode() != null || unreachable.isEmpty() ? result : new AttemptResult(null,
                        result.error() + "; earlier addresses: " + String.join(", ", unreachable), result.durationMs());
            }
            unreachable.add(address.getHostAddress() + " (" + exchange.result().describe() + ")");
        }
        throw new IllegalStateException("a vetted target has at least one address");
    }

    /** One exchange with one address of the target; nothingSent: it ended before the request left. */
    private record Exchange(AttemptResult result, boolean nothingSent) {
    }

    private Exchange exchange(VettedTarget target, InetAddress address, DeliveryClaims.Claimed delivery, long started) {
        AtomicReference<HttpClientRequest> opened = new AtomicReference<>();
        Future<Integer> status = client.request(request(target, address, delivery))
                .compose(request -> {
                    opened.set(request);
                    return request.send(Buffer.buffer(delivery.payload()));
                })
                // The body is not read: without a handler Vert.x drops it as it arrives.
                .compose(response -> response.end().map(ended -> response.statusCode()))
                .toCompletionStage().toCompletableFuture();
        try {
            return new Exchange(new AttemptResult(status.get(remainingMillis(started), TimeUnit.MILLISECONDS), null,
                    elapsed(started)), false);
        } catch (TimeoutException e) {
            abort(opened);
            return new Exchange(timedOut(requestTimeout, started), opened.get() == null);
        } catch (ExecutionException e) {
            return new Exchange(failed(e.getCause(), opened.get() == null, started), opened.get() == null);
        } catch (InterruptedException e) {
            abort(opened);
            Thread.currentThread().interrupt();
            return new Exchange(new AttemptResult(null, "Interrupted (gateway stopping)", elapsed(started)),
                    opened.get() == null);
        }
    }

    private RequestOptions request(VettedTarget target, InetAddress address, DeliveryClaims.Claimed delivery) {
        Instant signedAt = Instant.now();
        long timestamp = signedAt.getEpochSecond();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                // Host header, SNI and certificate check: the URL's authority, as if resolved by name.
                .setHost(target.url().getHost()).setPort(target.port()).setSsl(target.secure())
                .setURI(target.requestUri())
                // Not followed: a redirect could lead the gateway to a target the guard refuses.
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                // Ends the exchange on the event loop too, should this thread stop waiting before it starts.
                .setIdleTimeout(requestTimeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Maillage-Webhooks/1")
                .putHeader("webhook-id", delivery.messageId())
                .putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", WebhookSignatures.header(delivery.secretsAt(signedAt),
                        delivery.messageId(), timestamp, delivery.payload()));
        // The attempt's span, so that a receiver that traces can join the trace of the write it reports.
        TraceParents.ofCurrentSpan().ifPresent(traceparent -> options.putHeader(TraceParents.HEADER, traceparent));
        return options;
    }

    private AttemptResult failed(Throwable cause, boolean connecting, long started) {
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
            return timedOut(connecting ? connectTimeout : requestTimeout, started);
        }
        // Netty's subclasses of ConnectException carry internal names; the message has the address.
        String type = cause instanceof ConnectException ? "ConnectException" : cause.getClass().getSimpleName();
        return new AttemptResult(null, type + describe(cause), elapsed(started));
    }

    /** The message with its root cause's, which says why a TLS handshake failed (Vert.x wraps it). */
    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        if (root != cause && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += ": " + root.getMessage();
        }
        return message;
    }

    private static AttemptResult timedOut(Duration after, long started) {
        return new AttemptResult(null, "Timed out after " + after.toSeconds() + " s", elapsed(started));
    }

    /** Closes the connection of an exchange given up on, so that it does not linger. */
    private static void abort(AtomicReference<HttpClientRequest> opened) {
        HttpClientRequest request = opened.get();
        if (request != null) {
            request.reset();
        }
    }

    private long remainingMillis(long started) {
        return requestTimeout.toMillis() - elapsed(started);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
