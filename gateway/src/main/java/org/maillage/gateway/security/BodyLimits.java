package org.maillage.gateway.security;

import java.util.Map;

/** The body limit of a path: the longest configured prefix that matches it, else the default. */
record BodyLimits(long defaultLimit, Map<String, Long> byPrefix) {

    BodyLimits {
        byPrefix = Map.copyOf(byPrefix);
    }

    long of(String path) {
        return byPrefix.entrySet().stream()
                .filter(limit -> path.equals(limit.getKey()) || path.startsWith(limit.getKey().endsWith("/")
                        ? limit.getKey() : limit.getKey() + "/"))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(defaultLimit);
    }
}
