package org.maillage.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** What the launcher shows in the terminal. */
final class ConsoleReporter implements StartupListener {

    private final PrintStream out;

    ConsoleReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void ready(String component, String address, Duration sinceStart) {
        out.printf(Locale.ROOT, "  %-20s ready  %-34s %5.1f s%n", component, address, seconds(sinceStart));
    }

    @Override
    public void notice(String message) {
        out.println("  " + message.replace("\n", "\n  "));
    }

    void starting(SuiteConfig config) {
        out.println("Starting Maillage" + (config.infrastructureOnly() ? " infrastructure (PostgreSQL and Kafka)" : "")
                + " with data dir " + config.dataDir());
        if (!config.durable() && config.externalPostgres().isEmpty()) {
            out.println("  --fast: PostgreSQL runs without fsync, synchronous_commit and full_page_writes.");
            out.println("  A crash or a power loss may lose writes it acknowledged, or corrupt "
                    + config.dataDir().resolve("postgres") + " beyond repair");
            out.println("  (then start again with --fresh). Keep it for data you can lose.");
        }
    }

    void running(LocalSuite suite, Duration startupTime) {
        SuiteConfig config = suite.config();
        out.println();
        out.printf(Locale.ROOT, "Maillage is ready, started in %.1f s.%n", seconds(startupTime));
        if (!config.infrastructureOnly()) {
            line("Gateway", suite.gatewayUrl().toString());
            line("Swagger UI", suite.gatewayUrl().resolve("/q/swagger-ui").toString());
            line("OpenAPI", suite.gatewayUrl().resolve("/openapi").toString());
            line("Admin key", suite.adminApiKey() + "  (send as X-API-Key; kept in " + suite.adminApiKeyFile() + ")");
        }
        line("PostgreSQL", suite.postgres().baseUrl() + " (user " + suite.postgres().username() + "; databases "
                + String.join(", ", Service.databases()) + ")");
        line("Kafka", suite.kafkaBootstrapServers());
        line("Logs", config.logsDir().toString());
        line("Data", config.dataDir().toString());
        out.println("Press Ctrl-C to stop.");
    }

    void stopping() {
        out.println();
        out.println("Stopping Maillage...");
    }

    void stopped() {
        out.println("Stopped.");
    }

    void failed(String message) {
        out.println();
        out.println("Could not start Maillage: " + message);
    }

    private void line(String label, String value) {
        out.printf("  %-12s %s%n", label, value);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
