package org.maillage.commons.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.maillage.commons.problem.ProblemResponses;

/**
 * Services answer only calls that came through the gateway: every {@code /api/} request must carry the
 * gateway's identity token. Health and OpenAPI (under {@code /q/}) stay open for probes and the contract merge.
 */
public class IdentityFilter {

    private final IdentityConfig config;
    private final IdentityVerifier verifier;
    private final CallerIdentity identity;

    public IdentityFilter(IdentityConfig config, IdentityVerifier verifier, CallerIdentity identity) {
        this.config = config;
        this.verifier = verifier;
        this.identity = identity;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!config.required() || !request.getUriInfo().getPath().replaceFirst("^/+", "").startsWith("api/")) {
            return Optional.empty();
        }
        Optional<Caller> caller = verifier.verify(request.getHeaderString(IdentityClaims.HEADER));
        if (caller.isEmpty()) {
            return Optional.of(Response.fromResponse(ProblemResponses.of(request, 401, "unauthenticated",
                    "Not authenticated", "Call this API through the gateway, with an API key or a bearer token",
                    List.of())).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"maillage\"").build());
        }
        identity.set(caller.get());
        return Optional.empty();
    }
}
