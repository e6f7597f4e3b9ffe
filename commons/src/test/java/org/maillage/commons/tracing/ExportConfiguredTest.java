package org.maillage.commons.tracing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Naming a collector is what turns export on: spans are then no longer discarded. */
@QuarkusTest
@TestProfile(ExportConfiguredTest.WithCollector.class)
class ExportConfiguredTest {

    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens there: the spans of this test's start-up are exported in vain, quietly.
            return Map.of("quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:9");
        }
    }

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void spansAreNotDiscardedOnceAnEndpointIsConfigured() {
        assertTrue(exporters.select(DiscardedSpans.class).isUnsatisfied());
    }
}
