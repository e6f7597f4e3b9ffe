package org.maillage.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HopByHopHeadersTest {

    @Test
    void copiesEndToEndHeadersOnly() {
        MultiMap from = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "keep-alive, X-Session-Hint")
                .add("X-Session-Hint", "per-connection")
                .add("Keep-Alive", "timeout=5")
                .add("Transfer-Encoding", "chunked")
                .add("TE", "trailers")
                .add("Upgrade", "h2c")
                .add("Proxy-Authorization", "Basic c2VjcmV0")
                .add("Proxy-Connection", "keep-alive")
                .add("Host", "gateway.example")
                .add("Accept", "application/json")
                .add("Set-Cookie", "a=1")
                .add("Set-Cookie", "b=2");
        MultiMap to = MultiMap.caseInsensitiveMultiMap();

        HopByHopHeaders.copyEndToEnd(from, to, HopByHopHeaders.names("host"));

        assertEquals(Set.of("Accept", "Set-Cookie"), to.names());
        assertEquals(List.of("a=1", "b=2"), to.getAll("Set-Cookie"));
    }
}
