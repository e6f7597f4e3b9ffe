package org.maillage.commons.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import org.jboss.logging.MDC;

/**
 * Makes a span current on a thread of the suite's own (event consumer, webhook sender), with its ids in the
 * logging context under the keys Quarkus uses on request threads; closing restores both.
 */
public final class SpanScope implements AutoCloseable {

    public static final String MDC_TRACE_ID = "traceId";
    public static final String MDC_SPAN_ID = "spanId";

    private final Scope scope;

    private SpanScope(Scope scope) {
        this.scope = scope;
    }

    public static SpanScope enter(Span span) {
        SpanContext context = span.getSpanContext();
        MDC.put(MDC_TRACE_ID, context.getTraceId());
        MDC.put(MDC_SPAN_ID, context.getSpanId());
        return new SpanScope(span.makeCurrent());
    }

    @Override
    public void close() {
        scope.close();
        MDC.remove(MDC_TRACE_ID);
        MDC.remove(MDC_SPAN_ID);
    }
}
