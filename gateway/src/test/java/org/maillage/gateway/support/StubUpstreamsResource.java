package org.maillage.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/** Starts the stand-in services and points the gateway at them, with timeouts short enough for tests. */
public class StubUpstreamsResource implements QuarkusTestResourceLifecycleManager {

    /** Short, so the slow-service test is quick; long enough that a loaded build machine does not trip it. */
    public static final long IDLE_TIMEOUT_MILLIS = 1500;

    private StubUpstreams stubs;

    @Override
    public Map<String, String> start() {
        stubs = StubUpstreams.start();
        Map<String, String> config = new HashMap<>();
        StubUpstreams.SERVICES.forEach(service ->
                config.put("maillage.gateway.upstreams." + service, stubs.url(service)));
        config.put("maillage.gateway.proxy.idle-timeout", IDLE_TIMEOUT_MILLIS + "ms");
        // Every request builds the document afresh, so a test sees the services as they are right now.
        config.put("maillage.gateway.openapi.cache-ttl", "0s");
        config.put("maillage.gateway.openapi.degraded-cache-ttl", "0s");
        config.put("maillage.gateway.security.bootstrap-admin-key-sha256", TestCredentials.adminKeyHash());
        config.put("maillage.gateway.security.jwt.issuer", TestCredentials.JWT_ISSUER);
        config.put("maillage.gateway.security.jwt.public-key", TestCredentials.pem("jwt-public.pem"));
        config.put("maillage.gateway.security.jwt.audience", TestCredentials.JWT_AUDIENCE);
        config.put("maillage.gateway.security.jwt.admin-claim", TestCredentials.JWT_ADMIN_CLAIM);
        config.put("maillage.gateway.security.jwt.admin-claim-value", TestCredentials.JWT_ADMIN_VALUE);
        // High, so the tests sharing the admin key never meet it; the limit itself is tested with a key's own.
        config.put("maillage.gateway.security.rate-limit.capacity", "100000");
        // Every test calls from 127.0.0.1: AddressLimitTest narrows these and calls from addresses of its own.
        config.put("maillage.gateway.security.address-limit.capacity", "100000");
        config.put("maillage.gateway.security.address-limit.unknown-prefixes", "100000");
        config.put("maillage.gateway.security.last-use-flush-interval", "200ms");
        config.put("maillage.gateway.security.max-body-bytes", "1048576");
        config.put("maillage.gateway.cors.origins", "https://app.example.org");
        // Wide, so that the failures other tests provoke on purpose never open a circuit; BreakerTest narrows it.
        config.put("maillage.gateway.proxy.breaker.window", "1000");
        config.put("maillage.gateway.proxy.breaker.minimum-calls", "1000");
        config.put("maillage.gateway.overview.part-timeout", "600ms");
        config.putAll(overrides());
        return config;
    }

    /** Settings a test profile changes on top of these. */
    protected Map<String, String> overrides() {
        return Map.of();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stubs,
                new TestInjector.AnnotatedAndMatchesType(InjectStubUpstreams.class, StubUpstreams.class));
    }

    @Override
    public void stop() {
        if (stubs != null) {
            stubs.close();
        }
    }
}
