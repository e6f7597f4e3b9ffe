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
        return config;
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
