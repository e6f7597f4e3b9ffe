package org.maillage.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Copies end-to-end headers only: hop-by-hop headers describe one connection and must not cross the proxy. */
final class HopByHopHeaders {

    private static final Set<String> ALWAYS = Set.of(
            "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade");

    private HopByHopHeaders() {
    }

    /** Copies every header of {@code from} into {@code to} except hop-by-hop ones and {@code alsoSkip}. */
    static void copyEndToEnd(MultiMap from, MultiMap to, Set<String> alsoSkip) {
        Set<String> skipped = new HashSet<>(ALWAYS);
        alsoSkip.forEach(name -> skipped.add(name.toLowerCase(Locale.ROOT)));
        // RFC 9110 §7.6.1: headers named in Connection are hop-by-hop for this message too.
        for (String listed : from.getAll("Connection")) {
            for (String token : listed.split(",")) {
                skipped.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!skipped.contains(name) && !name.startsWith("proxy-")) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }
}
