package org.maillage.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Map;
import org.maillage.testsupport.RawHttp;

/**
 * Calls the gateway from a chosen loopback address (127.0.0.0/8 is all this machine), so that a test of
 * per-address limits has addresses of its own. Plain HTTP/1.1, one request per connection.
 */
public final class LoopbackCaller {

    private final InetAddress from;
    private final int port;

    public LoopbackCaller(String fromAddress, int port) {
        try {
            this.from = InetAddress.getByName(fromAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = port;
    }

    public RawHttp.Response get(String path, Map<String, String> headers) {
        StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1");
        headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        try {
            return RawHttp.send(from, InetAddress.getLoopbackAddress().getHostAddress(), port, head.toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
