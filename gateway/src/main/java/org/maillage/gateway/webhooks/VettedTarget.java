package org.maillage.gateway.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A webhook URL with the addresses its host resolved to when the guard approved it, in the resolver's order.
 * The attempt connects to these addresses and no other: resolving the name again could answer an address the
 * guard never saw (DNS rebinding).
 */
public record VettedTarget(URI url, List<InetAddress> addresses) {

    public VettedTarget {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a target needs an address to connect to");
        }
    }

    public boolean secure() {
        return "https".equals(url.getScheme().toLowerCase(Locale.ROOT));
    }

    public int port() {
        return url.getPort() != -1 ? url.getPort() : secure() ? 443 : 80;
    }

    /** Path and query as the URL spells them, for the request line. */
    public String requestUri() {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }
}
