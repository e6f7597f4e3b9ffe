import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.Pipe;
import java.util.Locale;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import java.util.Set;

/**
 * The cheapest relay the gateway's own stack (Vert.x on Netty, native epoll) can make: every request goes as it
 * came to one upstream and its answer streams back, with no security, routing, limits or identity. What it costs
 * is what one more HTTP hop costs on this machine, whatever a gateway does besides; run.sh measures it beside
 * the gateway so the gateway's figures can be read against that floor.
 *
 * <p>Run with the gateway's libraries: {@code java -cp 'gateway/target/quarkus-app/lib/main/*' BareRelay.java
 * PORT UPSTREAM_HOST UPSTREAM_PORT}.
 */
public class BareRelay {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade");

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String upstreamHost = args[1];
        int upstreamPort = Integer.parseInt(args[2]);
        int eventLoops = 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(eventLoops));
        // One verticle per event loop, each with its own connection pool, as the gateway does.
        vertx.deployVerticle(() -> new AbstractVerticle() {
            private HttpClient upstream;

            @Override
            public void start() {
                upstream = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(upstreamHost)
                        .setDefaultPort(upstreamPort).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(64));
                vertx.createHttpServer().requestHandler(this::relay).listen(port);
            }

            private void relay(HttpServerRequest request) {
                boolean hasBody = request.headers().contains(HttpHeaders.CONTENT_LENGTH)
                        || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
                // Held until the upstream call exists, so that no byte of a body is lost meanwhile.
                Pipe<Buffer> body = request.pipe();
                upstream.request(request.method(), request.uri()).onSuccess(call -> {
                    copy(request.headers(), call.headers());
                    call.response().onSuccess(answer -> {
                        HttpServerResponse response = request.response().setStatusCode(answer.statusCode());
                        copy(answer.headers(), response.headers());
                        // Answers of the benchmark are small and have a length: one write for head and body.
                        answer.body().onSuccess(response::end).onFailure(failure -> response.reset());
                    }).onFailure(failure -> badGateway(request));
                    if (hasBody) {
                        body.to(call);
                    } else {
                        body.close();
                        call.end();
                    }
                }).onFailure(failure -> badGateway(request));
            }

            private void copy(MultiMap from, MultiMap to) {
                from.forEach(header -> {
                    if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                        to.add(header.getKey(), header.getValue());
                    }
                });
            }

            private void badGateway(HttpServerRequest request) {
                if (!request.response().headWritten()) {
                    request.response().setStatusCode(502).end();
                }
            }
        }, new DeploymentOptions().setInstances(eventLoops))
                .onSuccess(id -> System.out.println("relay on " + port + " to " + upstreamHost + ":" + upstreamPort))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }
}
