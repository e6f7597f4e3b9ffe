package org.maillage.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.maillage.gateway.config.GatewayConfig;

/** Decides which service serves a public path. */
@ApplicationScoped
public class RouteTable {

    private final List<Upstream> upstreams;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(List.of(
                new Upstream("actors", config.upstreams().actors(), config.routes().actors()),
                new Upstream("alliances", config.upstreams().alliances(), config.routes().alliances()),
                new Upstream("diagnostics", config.upstreams().diagnostics(), config.routes().diagnostics())));
    }

    RouteTable(List<Upstream> upstreams) {
        this.upstreams = List.copyOf(upstreams);
    }

    public List<Upstream> upstreams() {
        return upstreams;
    }

    public Upstream upstream(String name) {
        return upstreams.stream().filter(upstream -> upstream.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service named " + name));
    }

    /** The service owning the path; the longest matching prefix wins so a service may own a sub-collection. */
    public Optional<Upstream> resolve(String path) {
        Upstream owner = null;
        int ownerMatch = -1;
        for (Upstream upstream : upstreams) {
            int match = upstream.matchLength(path);
            if (match > ownerMatch) {
                owner = upstream;
                ownerMatch = match;
            }
        }
        return Optional.ofNullable(owner);
    }
}
