package org.maillage.gateway.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/** The Content-Length a message declares, read leniently: a missing or unreadable one is simply unknown. */
public final class ContentLength {

    private static final long UNKNOWN = -1;

    private ContentLength() {
    }

    /** The declared length in bytes, or -1 when none is declared or it is not a number. */
    public static long of(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return UNKNOWN;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}
