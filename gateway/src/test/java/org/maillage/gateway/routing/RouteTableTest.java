package org.maillage.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable routes = new RouteTable(List.of(
            new Upstream("actors", URI.create("http://localhost:8081"), List.of("/api/v1/actors")),
            new Upstream("diagnostics", URI.create("http://localhost:8083"),
                    List.of("/api/v1/territories", "/api/v1/diagnostics")),
            new Upstream("people", URI.create("http://localhost:8084"), List.of("/api/v1/actors/people"))));

    @Test
    void matchesWholeSegmentsOnly() {
        assertEquals(Optional.of("actors"), owner("/api/v1/actors"));
        assertEquals(Optional.of("actors"), owner("/api/v1/actors/"));
        assertEquals(Optional.of("actors"), owner("/api/v1/actors/0b8e/alliances"));
        assertEquals(Optional.empty(), owner("/api/v1/actorsandmore"));
        assertEquals(Optional.empty(), owner("/api/v1"));
    }

    @Test
    void aServiceMayOwnSeveralPrefixes() {
        assertEquals(Optional.of("diagnostics"), owner("/api/v1/territories/75056"));
        assertEquals(Optional.of("diagnostics"), owner("/api/v1/diagnostics"));
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals(Optional.of("people"), owner("/api/v1/actors/people/7"));
        assertEquals(Optional.of("actors"), owner("/api/v1/actors/peoples"));
    }

    private Optional<String> owner(String path) {
        return routes.resolve(path).map(Upstream::name);
    }
}
