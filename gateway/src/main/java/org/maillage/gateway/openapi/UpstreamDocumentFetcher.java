package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.maillage.gateway.config.GatewayConfig;
import org.maillage.gateway.routing.Upstream;
import org.maillage.gateway.routing.UpstreamClients;

/** Fetches the generated OpenAPI document of a service, within a bounded time. */
@ApplicationScoped
public class UpstreamDocumentFetcher {

    private final UpstreamClients clients;
    private final ObjectMapper mapper;
    private final GatewayConfig config;

    public UpstreamDocumentFetcher(UpstreamClients clients, ObjectMapper mapper, GatewayConfig config) {
        this.clients = clients;
        this.mapper = mapper;
        this.config = config;
    }

    public Future<SourceDocument> fetch(Upstream upstream) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setURI(config.openapi().upstreamPath())
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .setConnectTimeout(config.proxy().connectTimeout().toMillis())
                .setIdleTimeout(config.openapi().fetchTimeout().toMillis());
        return clients.of(upstream).request(options)
                .compose(HttpClientRequest::send)
                .compose(response -> response.body().compose(body -> parse(response, body)))
                .map(document -> new SourceDocument(upstream.name(), document));
    }

    private Future<ObjectNode> parse(HttpClientResponse response, Buffer body) {
        if (response.statusCode() != 200) {
            return Future.failedFuture(new InvalidDocumentException("HTTP status " + response.statusCode()));
        }
        try {
            JsonNode document = mapper.readTree(body.getBytes());
            return document instanceof ObjectNode object
                    ? Future.succeededFuture(object)
                    : Future.failedFuture(new InvalidDocumentException("not a JSON object"));
        } catch (IOException e) {
            return Future.failedFuture(new InvalidDocumentException("not JSON"));
        }
    }
}
