package org.maillage.commons.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The request id travels as X-Request-Id: taken from the caller when sensible, created otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String PROPERTY = "org.maillage.requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The id of the request being served; never null. */
    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id != null ? id.toString() : resolve(request.getHeaderString(HEADER));
    }

    /** The offered id when it is a sensible token, a new UUID otherwise. */
    public static String resolve(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from a per-thread generator: a request id only correlates log lines and needs
     * no unpredictability, and UUID.randomUUID's shared SecureRandom showed in the gateway's profile.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
