package org.maillage.gateway.proxy;

import org.maillage.commons.web.RequestIds;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import java.util.Set;
import org.maillage.commons.security.IdentityClaims;

/** Headers sent to a service: the caller's end-to-end headers plus what the gateway knows about the call. */
final class UpstreamRequestHeaders {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_HOST = "X-Forwarded-Host";

    /**
     * Host names the service itself; Expect is answered by the gateway once it holds a connection to the
     * service; the others are rewritten below so that one consistent account reaches the service. The caller's
     * credentials stop here: services learn who calls from the gateway, not from a secret they could leak.
     */
    private static final Set<String> NOT_COPIED = HopByHopHeaders.names("Host", "Expect", RequestIds.HEADER, FORWARDED_FOR,
            FORWARDED_PROTO, FORWARDED_HOST, "X-Forwarded-Port", "Forwarded", "Authorization", "X-API-Key",
            IdentityClaims.HEADER);

    private UpstreamRequestHeaders() {
    }

    /** A caller's own identity header is dropped: only the gateway's token may tell a service who calls. */
    static MultiMap of(HttpServerRequest request, String requestId, String identityToken) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        HopByHopHeaders.copyEndToEnd(request.headers(), headers, NOT_COPIED);
        if (identityToken != null) {
            headers.set(IdentityClaims.HEADER, identityToken);
        }
        headers.set(RequestIds.HEADER, requestId);
        headers.set(FORWARDED_FOR, forwardedFor(request));
        headers.set(FORWARDED_PROTO, request.scheme());
        HostAndPort authority = request.authority();
        if (authority != null) {
            headers.set(FORWARDED_HOST, authority.toString());
        }
        return headers;
    }

    /** Appends the peer of this connection to the chain left by earlier proxies, as proxies conventionally do. */
    private static String forwardedFor(HttpServerRequest request) {
        SocketAddress peer = request.connection().remoteAddress();
        String address = peer.hostAddress() != null ? peer.hostAddress() : peer.host();
        String earlier = request.headers().get(FORWARDED_FOR);
        return earlier == null || earlier.isBlank() ? address : earlier + ", " + address;
    }
}
