package org.maillage.gateway.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses webhook targets inside private networks (SSRF): the gateway sits next to the services and the
 * databases, and a partner must not make it call them. Checked at registration and again before each
 * attempt, since DNS answers may change.
 */
@ApplicationScoped
public class TargetGuard {

    private final boolean allowPrivate;
    private final boolean allowHttp;

    @Inject
    public TargetGuard(WebhooksConfig config) {
        this(config.allowPrivateTargets(), config.allowHttp());
    }

    TargetGuard(boolean allowPrivate, boolean allowHttp) {
        this.allowPrivate = allowPrivate;
        this.allowHttp = allowHttp;
    }

    /** Why the URL may not be called, if it may not. */
    public Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of("must be an https URL");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            return Optional.of("must name a host, without user information");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (internal(address)) {
                    return Optional.of("resolves to " + address.getHostAddress()
                            + ", an address in a private, loopback or otherwise internal range");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("host " + url.getHost() + " cannot be resolved");
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8, 192.0.0.0/24, 198.18.0.0/15 (benchmarking), 240/4.
            return (first == 100 && second >= 64 && second < 128) || first == 0
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local; IPv4-mapped and NAT64 forms are judged by the IPv4 address they carry.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (ipv4Mapped(bytes) || nat64(bytes)) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ipv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    private static boolean nat64(byte[] bytes) {
        return (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b;
    }
}
