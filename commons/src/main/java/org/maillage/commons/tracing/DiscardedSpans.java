package org.maillage.commons.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Spans are always recorded, so that trace ids reach the logs, calls and events, but they leave the process
 * only when an OTLP endpoint is configured. Quarkus exports to its default endpoint otherwise, logging a
 * failure every few seconds where no collector runs; while this exporter is looked up (no endpoint set),
 * Quarkus leaves its OTLP exporter out.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = DiscardedSpans.QUARKUS_DEFAULT_ENDPOINT,
        lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint",
        stringValue = DiscardedSpans.QUARKUS_DEFAULT_ENDPOINT, lookupIfMissing = true)
public class DiscardedSpans implements SpanExporter {

    /** What Quarkus takes for "no endpoint configured". */
    static final String QUARKUS_DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
