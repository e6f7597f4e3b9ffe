package org.maillage.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A service behind the gateway and the path prefixes it owns. */
public record Upstream(String name, URI baseUrl, List<String> pathPrefixes) {

    public Upstream {
        pathPrefixes = List.copyOf(pathPrefixes);
    }

    /** Length of the longest prefix of this service matching the path on a segment boundary, or -1. */
    int matchLength(String path) {
        return prefixOf(path).map(String::length).orElse(-1);
    }

    /** The longest prefix of this service matching the path on a segment boundary. */
    public Optional<String> prefixOf(String path) {
        String best = null;
        for (String prefix : pathPrefixes) {
            boolean matches = path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean secure() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }

    public int port() {
        return baseUrl.getPort() != -1 ? baseUrl.getPort() : secure() ? 443 : 80;
    }
}
