package org.maillage.e2e;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.maillage.local.LocalSuite;
import org.maillage.local.PortSetting;
import org.maillage.local.Ports;
import org.maillage.e2e.conformance.ConformanceFilter;
import org.maillage.local.StartupListener;
import org.maillage.local.SuiteConfig;

/**
 * The packaged suite, started once for every end-to-end test class as deploy/local/start starts it, and
 * stopped when they have all run. Starting it takes most of the module's time, so test classes share it.
 */
public final class SharedSuite implements BeforeAllCallback {

    private static final class Started implements ExtensionContext.Store.CloseableResource {
        private final LocalSuite suite;

        Started(LocalSuite suite) {
            this.suite = suite;
        }

        @Override
        public void close() {
            suite.close();
        }
    }

    private static LocalSuite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSuite.class, key -> new Started(start()), Started.class);
    }

    /** The running suite; only valid in a test class extended with this extension. */
    public static LocalSuite suite() {
        return suite;
    }

    /**
     * The running suite, with RestAssured pointed at its gateway and no request specification set for all:
     * each request names its caller, so that a partner's key is never sent beside an admin key.
     */
    public static LocalSuite throughGateway() {
        RestAssured.baseURI = suite.gatewayUrl().toString();
        RestAssured.port = suite.gatewayUrl().getPort();
        RestAssured.requestSpecification = null;
        return suite;
    }

    /** The repository, seen from this module's directory, where Maven runs its tests. */
    public static Path repoRoot() {
        return Path.of("").toAbsolutePath().resolve("../../..").normalize();
    }

    private static LocalSuite start() {
        try {
            Path repoRoot = repoRoot();
            SuiteConfig config = SuiteConfig.defaults(repoRoot)
                    .withDataDir(Path.of("target/e2e-data").toAbsolutePath())
                    .withFresh(true)
                    .withPorts(freePorts());
            suite = new LocalSuite(config, new StartupListener() {
                @Override
                public void ready(String component, String address, Duration sinceStart) {
                    System.out.printf("[e2e] %s ready at %s after %.1f s%n", component, address,
                            sinceStart.toMillis() / 1000.0);
                }

                @Override
                public void notice(String message) {
                    System.out.println("[e2e] " + message);
                }
            });
            suite.start();
            // Every answer any test gets is checked against the contract (ConformanceTest reports, last).
            RestAssured.filters(new ConformanceFilter(ConformanceFilter.conformance(repoRoot)));
            return suite;
        } catch (Exception e) {
            throw new IllegalStateException("The suite did not start", e);
        }
    }

    /** A free port for every component, so that a run never collides with a running suite or another test. */
    public static Ports freePorts() throws IOException {
        Ports ports = Ports.defaults();
        for (PortSetting setting : PortSetting.values()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                ports = ports.with(setting, socket.getLocalPort());
            }
        }
        return ports;
    }
}
