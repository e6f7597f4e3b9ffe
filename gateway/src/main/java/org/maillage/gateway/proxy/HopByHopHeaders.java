package org.maillage.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Copies end-to-end headers only: hop-by-hop headers describe one connection and must not cross the proxy. */
final class HopByHopHeaders {

    private static final Set<String> ALWAYS = names("connection", "keep-alive", "transfer-encoding", "te", "trailer",
            "upgrade");

    private HopByHopHeaders() {
    }

    /** Header names compared as HTTP compares them, ignoring case, without a lower-cased copy per request. */
    static Set<String> names(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }

    /** Copies every header of {@code from} into {@code to} except hop-by-hop ones and {@code alsoSkip} (see names). */
    static void copyEndToEnd(MultiMap from, MultiMap to, Set<String> alsoSkip) {
        Set<String> listed = connectionListed(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (!ALWAYS.contains(name) && !alsoSkip.contains(name) && !listed.contains(name)
                    && !name.regionMatches(true, 0, "proxy-", 0, 6)) {
                to.add(name, header.getValue());
            }
        }
    }

    /** RFC 9110 §7.6.1: headers named in Connection are hop-by-hop for this message too. */
    private static Set<String> connectionListed(MultiMap headers) {
        List<String> values = headers.getAll("Connection");
        if (values.isEmpty()) {
            return Set.of();
        }
        Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String value : values) {
            for (String token : value.split(",")) {
                listed.add(token.trim());
            }
        }
        return listed;
    }
}
