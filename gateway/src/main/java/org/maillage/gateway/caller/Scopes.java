package org.maillage.gateway.caller;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.maillage.commons.security.Caller;

/** The scopes a caller may hold and the one a public call needs. */
public final class Scopes {

    public static final String ADMIN = Caller.ADMIN;
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";
    public static final Set<String> KNOWN = Set.of("actors:read", "actors:write", "alliances:read",
            "alliances:write", "diagnostics:read", "diagnostics:write", "catalogue:manage", "observations:import", WEBHOOKS_MANAGE, ADMIN);

    /** Paths served by the gateway itself, and the scope each needs whatever the method. */
    private static final List<String[]> GATEWAY_PATHS = List.of(
            new String[] {"/api/v1/admin", ADMIN},
            new String[] {"/api/v1/webhooks", WEBHOOKS_MANAGE});

    /** Composed by the gateway inside the diagnostics service's territories: the territory's scope applies. */
    private static final Pattern TERRITORY_OVERVIEW = Pattern.compile("/api/v1/territories/[^/]+/overview");

    /** Paths served by the gateway itself that any authenticated caller may call; they filter by scope inside. */
    private static final List<String> AUTHENTICATED_PATHS = List.of("/api/v1/events");

    private Scopes() {
    }

    /** Reads ask for {@code <area>:read}, anything else for {@code <area>:write}. */
    public static String forArea(String area, HttpMethod method) {
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        return area + (read ? ":read" : ":write");
    }

    /** The scope of a path the gateway serves itself, if it is one. */
    public static Optional<String> forGatewayPath(String path) {
        if (TERRITORY_OVERVIEW.matcher(path).matches()) {
            return Optional.of("diagnostics:read");
        }
        return GATEWAY_PATHS.stream()
                .filter(entry -> path.equals(entry[0]) || path.startsWith(entry[0] + "/"))
                .map(entry -> entry[1])
                .findFirst();
    }

    /** A gateway path that needs a valid caller but no particular scope (no scope from {@link #forGatewayPath}). */
    public static boolean authenticationOnly(String path) {
        return AUTHENTICATED_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    public static boolean servedByGateway(String path) {
        return forGatewayPath(path).isPresent() || authenticationOnly(path);
    }
}
