package org.maillage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the services live, which paths each one serves, and how patient the gateway is with them. */
@ConfigMapping(prefix = "maillage.gateway")
public interface GatewayConfig {

    Upstreams upstreams();

    Routes routes();

    Proxy proxy();

    OpenApi openapi();

    Cors cors();

    Overview overview();

    /** The territory overview the gateway composes from the three services. */
    interface Overview {
        /** Longest wait for one part; a part later than this is reported as degraded, the others still answer. */
        @WithDefault("2s")
        Duration partTimeout();
    }

    /** Browser origins allowed to call the API (applied through quarkus.http.cors.origins); none by default. */
    interface Cors {
        Optional<List<String>> origins();
    }

    /** Base URL of each service (scheme, host and port; the services serve from the root). */
    interface Upstreams {
        @WithDefault("http://localhost:8081")
        URI actors();

        @WithDefault("http://localhost:8082")
        URI alliances();

        @WithDefault("http://localhost:8083")
        URI diagnostics();
    }

    /** Path prefixes owned by each service; a service that grows a new collection only needs a new prefix here. */
    interface Routes {
        @WithDefault("/api/v1/actors,/api/v1/people,/api/v1/reference-systems")
        List<String> actors();

        @WithDefault("/api/v1/alliances")
        List<String> alliances();

        @WithDefault("/api/v1/territories,/api/v1/diagnostics,/api/v1/indicators,/api/v1/observation-imports,/api/v1/conversations")
        List<String> diagnostics();
    }

    interface Proxy {
        /**
         * Time allowed to open a connection (or wait for a pooled one) before the service counts as unavailable;
         * short, so that a caller hears of a service that is down within a second.
         */
        @WithDefault("750ms")
        Duration connectTimeout();

        /** Longest silence tolerated on an exchange, before the response starts or while it streams. */
        @WithDefault("30s")
        Duration idleTimeout();

        /** Idle timeout of one service, overriding {@link #idleTimeout()}: {@code timeouts.diagnostics=120s}. */
        Map<String, Duration> timeouts();

        /** Connections kept to one service by the whole gateway, shared out among its event loops. */
        @WithDefault("64")
        int maxConnectionsPerUpstream();

        /**
         * Further attempts for a read (GET or HEAD without a body) whose connection failed or was dropped before
         * any answer: such a call changes nothing, so repeating it is safe. Writes are never repeated.
         */
        @WithDefault("2")
        int readRetries();

        /** Pause before the first repeated read, doubled before each further one. */
        @WithDefault("50ms")
        Duration retryBackoff();

        Breaker breaker();
    }

    /**
     * One circuit breaker per service: once too many recent calls failed (no connection, dropped, timed out, or
     * answered 502/503/504), calls are refused at once for a while, then a few probe calls decide whether the
     * service is back.
     */
    interface Breaker {
        /** Share of failed calls, in percent, among the recent ones that opens the circuit. */
        @WithDefault("50")
        int failureRatePercent();

        /** How many of the most recent calls the failure rate is computed over. */
        @WithDefault("20")
        int window();

        /** Calls needed in the window before the failure rate counts. */
        @WithDefault("10")
        int minimumCalls();

        /** How long an open circuit refuses calls before letting probes through. */
        @WithDefault("5s")
        Duration openFor();

        /** Probe calls allowed through a half-open circuit; they all succeed or it opens again. */
        @WithDefault("3")
        int probes();
    }

    interface OpenApi {
        /** Path of each service's generated document. */
        @WithDefault("/q/openapi?format=json")
        String upstreamPath();

        @WithDefault("3s")
        Duration fetchTimeout();

        /** A complete document is reused this long, so a burst of documentation requests costs one fetch. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** A degraded document is retried sooner, so a service that comes back is documented again quickly. */
        @WithDefault("5s")
        Duration degradedCacheTtl();

        @WithDefault("http://localhost:8080")
        String serverUrl();

        /** Names the environment of serverUrl, e.g. production or staging. */
        @WithDefault("Local suite (deploy/local/start)")
        String serverDescription();

        @WithDefault("Maillage API")
        String title();

        @WithDefault("${quarkus.smallrye-openapi.info-version:${quarkus.application.version}}")
        String version();

        @WithDefault("Public API of the Maillage suite: actors and their organisations, the alliances they build "
                + "together, and the territorial diagnostics that show where those alliances are needed. Every error "
                + "is an RFC 9457 problem (application/problem+json), a method a path does not offer (405) included.")
        String description();
    }
}
