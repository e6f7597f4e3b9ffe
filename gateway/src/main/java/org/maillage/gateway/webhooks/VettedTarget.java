package org.maillage.gateway.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * A webhook URL with the address its host resolved to when the guard approved it. The attempt connects to this
 * address and no other: resolving the name again could answer an address the guard never saw (DNS rebinding).
 */
public record VettedTarget(URI url, InetAddress address) {

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
