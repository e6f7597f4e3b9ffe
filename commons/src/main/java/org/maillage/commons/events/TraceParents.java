package org.maillage.commons.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * W3C trace context carried by events (CloudEvents distributed-tracing extension): an event names the span
 * that wrote it, so the spans of everything it causes, in any service, join the trace of that write.
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final W3CTraceContextPropagator PROPAGATOR = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> SINGLE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The current span's traceparent, otherwise (no span: a start-up task, tracing off) a new sampled trace. */
    public static String current() {
        return ofCurrentSpan().orElseGet(TraceParents::newTrace);
    }

    /** The current span's traceparent, when there is a span. */
    public static Optional<String> ofCurrentSpan() {
        return of(Context.current());
    }

    /** A context whose parent is the span a traceparent names; the root context when it is absent or malformed. */
    public static Context parent(String traceparent) {
        return traceparent == null ? Context.root() : PROPAGATOR.extract(Context.root(), traceparent, SINGLE);
    }

    /** The traceparent when it is well formed, in its canonical form; empty otherwise. */
    public static Optional<String> wellFormed(String traceparent) {
        return of(parent(traceparent));
    }

    private static Optional<String> of(Context context) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        PROPAGATOR.inject(context, carrier, Map::put);
        return Optional.ofNullable(carrier.get(HEADER));
    }

    private static String newTrace() {
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(spanId);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }
}
