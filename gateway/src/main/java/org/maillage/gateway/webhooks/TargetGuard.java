package org.maillage.gateway.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses webhook targets inside private networks (SSRF): the gateway sits next to the services and the
 * databases, and a partner must not make it call them. Checked at registration and again before each
 * attempt, since DNS answers may change; each check resolves the host once and hands back the addresses it
 * approved, so that the attempt connects to those and not to a later answer.
 */
@ApplicationScoped
public class TargetGuard {

    private final boolean allowPrivate;
    private final boolean allowHttp;
    private final HostResolver resolver;

    @Inject
    public TargetGuard(WebhooksConfig config, HostResolver resolver) {
        this(config.allowPrivateTargets(), config.allowHttp(), resolver);
    }

    TargetGuard(boolean allowPrivate, boolean allowHttp, HostResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowHttp = allowHttp;
        this.resolver = resolver;
    }

    /** Why the URL may not be called, if it may not. */
    public Optional<String> refusal(URI url) {
        try {
            vet(url);
            return Optional.empty();
        } catch (TargetRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The URL with the addresses to connect to: those its host resolves to, all of which must be acceptable.
     */
    public VettedTarget vet(URI url) throws TargetRefusedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new TargetRefusedException("must be an https URL");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw new TargetRefusedException("must name a host, without user information");
        }
        InetAddress[] addresses = resolve(url.getHost());
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    throw new TargetRefusedException("resolves to " + address.getHostAddress()
                            + ", an address in a private, loopback or otherwise internal range");
                }
            }
        }
        return new VettedTarget(url, List.of(addresses));
    }

    private InetAddress[] resolve(String host) throws TargetRefusedException {
        try {
            InetAddress[] addresses = resolver.resolve(host);
            if (addresses != null && addresses.length > 0) {
                return addresses;
            }
        } catch (UnknownHostException e) {
            // Reported below, like an empty answer.
        }
        throw new TargetRefusedException("host " + host + " cannot be resolved");
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
