package org.maillage.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/** Reads a whole JSON answer from a service, through its circuit breaker: for answers the gateway composes. */
@ApplicationScoped
public class UpstreamReader {

    private final UpstreamClients clients;
    private final UpstreamBreakers breakers;

    public UpstreamReader(UpstreamClients clients, UpstreamBreakers breakers) {
        this.clients = clients;
        this.breakers = breakers;
    }

    /** A service's answer, whatever its status. */
    public record Answer(int status, String contentType, Buffer body) {
    }

    /** Fails when the service cannot be reached or does not answer within the timeout, or its circuit is open. */
    public Future<Answer> get(Upstream upstream, String uri, MultiMap headers, Duration timeout) {
        Optional<BreakerPermit> admitted = breakers.admit(upstream);
        if (admitted.isEmpty()) {
            return Future.failedFuture(new IllegalStateException("the circuit of the " + upstream.name()
                    + " service is open"));
        }
        BreakerPermit permit = admitted.get();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(uri).setHeaders(headers)
                .setConnectTimeout(timeout.toMillis()).setTimeout(timeout.toMillis());
        return clients.of(upstream).request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> answer(response, body)))
                .onSuccess(answer -> permit.answered(answer.status()))
                .onFailure(permit::failed);
    }

    private static Answer answer(HttpClientResponse response, Buffer body) {
        return new Answer(response.statusCode(), response.getHeader("Content-Type"), body);
    }
}
