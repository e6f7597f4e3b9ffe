package org.maillage.commons.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.jboss.logging.MDC;
import org.maillage.commons.web.RequestIdFilter;

/** W3C trace context carried by events (CloudEvents distributed-tracing extension). */
public final class TraceParents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceParents() {
    }

    /** The caller's traceparent when the request had one, otherwise a new sampled trace. */
    public static String current() {
        Object fromRequest = MDC.get(RequestIdFilter.MDC_TRACEPARENT);
        if (fromRequest != null) {
            return fromRequest.toString();
        }
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(spanId);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }
}
