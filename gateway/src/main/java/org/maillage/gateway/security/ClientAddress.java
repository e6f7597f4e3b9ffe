package org.maillage.gateway.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The address a per-address limit counts on: the peer of the connection (the gateway trusts no forwarded
 * header), and for IPv6 its /64, since one host commonly holds a whole /64.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String host = peer == null ? null : peer.hostAddress();
        if (host == null || !host.contains(":")) {
            return String.valueOf(host);
        }
        try {
            // A literal: no name is resolved.
            InetAddress address = InetAddress.getByName(host);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
