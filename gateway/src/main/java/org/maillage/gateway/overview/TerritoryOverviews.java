package org.maillage.gateway.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.maillage.commons.security.IdentityClaims;
import org.maillage.commons.web.RequestIds;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.Scopes;
import org.maillage.gateway.config.GatewayConfig;
import org.maillage.gateway.identity.IdentityTokens;
import org.maillage.gateway.overview.TerritoryOverview.Part;
import org.maillage.gateway.routing.RouteTable;
import org.maillage.gateway.routing.Upstream;
import org.maillage.gateway.routing.UpstreamReader.Answer;
import org.maillage.gateway.routing.UpstreamReader;

/**
 * Composes a territory's overview: the five parts are asked for at once, each within its own time limit, and a
 * part that fails leaves the others standing.
 */
@ApplicationScoped
public class TerritoryOverviews {

    private static final Logger LOG = Logger.getLogger(TerritoryOverviews.class);
    /** The parts made from the territory's latest published diagnostic. */
    private static final Set<Part> PUBLISHED_DIAGNOSTIC = EnumSet.of(Part.diagnostic, Part.suggestions);

    private final UpstreamReader reader;
    private final RouteTable routes;
    private final IdentityTokens identities;
    private final ObjectMapper mapper;
    private final Duration partTimeout;

    public TerritoryOverviews(UpstreamReader reader, RouteTable routes, IdentityTokens identities, ObjectMapper mapper,
                              GatewayConfig config) {
        this.reader = reader;
        this.routes = routes;
        this.identities = identities;
        this.mapper = mapper;
        this.partTimeout = config.overview().partTimeout();
    }

    /**
     * The overview, or, when the diagnostics service refuses the territory itself (unknown code, bad level),
     * that refusal for the caller to see as is.
     */
    public record Outcome(TerritoryOverview overview, Answer refusal) {
    }

    public Future<Outcome> of(String code, String level, AuthenticatedCaller caller, String requestId) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .set("Accept", "application/json")
                .set(RequestIds.HEADER, requestId)
                .set(IdentityClaims.HEADER, identities.tokenFor(caller.forwarded()));
        String path = "/api/v1/territories/" + encode(code);
        String levelQuery = level == null ? "" : "?level=" + encode(level);
        String territoryFilter = "?territory=" + encode(level == null ? code : level + ":" + code);
        Map<Part, Future<Answer>> asked = new EnumMap<>(Part.class);
        asked.put(Part.territory, ask("diagnostics", path + levelQuery, headers));
        asked.put(Part.diagnostic, ask("diagnostics", path + "/coverage" + levelQuery, headers));
        asked.put(Part.suggestions, ask("diagnostics", path + "/suggestions" + levelQuery, headers));
        if (caller.allows(Scopes.forArea("actors", HttpMethod.GET))) {
            asked.put(Part.actors, ask("actors", "/api/v1/actors/summary" + territoryFilter, headers));
        }
        if (caller.allows(Scopes.forArea("alliances", HttpMethod.GET))) {
            asked.put(Part.alliances, ask("alliances", "/api/v1/alliances/summary" + territoryFilter, headers));
        }
        return Future.join(List.copyOf(asked.values())).transform(settled -> Future.succeededFuture(compose(asked)));
    }

    private Future<Answer> ask(String service, String uri, MultiMap headers) {
        Upstream upstream = routes.upstream(service);
        return reader.get(upstream, uri, headers, partTimeout)
                .onFailure(failure -> LOG.warnf("Territory overview: the %s service failed on %s: %s", service, uri,
                        failure.toString()));
    }

    private Outcome compose(Map<Part, Future<Answer>> asked) {
        Future<Answer> territory = asked.get(Part.territory);
        if (territory.succeeded() && isRefusal(territory.result().status())) {
            return new Outcome(null, territory.result());
        }
        Map<Part, JsonNode> parts = new EnumMap<>(Part.class);
        List<Part> degraded = new ArrayList<>();
        List<Part> withheld = new ArrayList<>();
        for (Part part : Part.values()) {
            Future<Answer> answer = asked.get(part);
            if (answer == null) {
                withheld.add(part);
            } else if (answer.succeeded() && answer.result().status() == 200) {
                parts.put(part, json(answer.result()));
            } else if (!(PUBLISHED_DIAGNOSTIC.contains(part) && answer.succeeded() && answer.result().status() == 404)) {
                // A territory without a published diagnostic has no priorities to show: that is not a failure.
                degraded.add(part);
            }
        }
        return new Outcome(new TerritoryOverview(parts.get(Part.territory), parts.get(Part.diagnostic),
                parts.get(Part.suggestions), parts.get(Part.actors), parts.get(Part.alliances), degraded, withheld), null);
    }

    private static boolean isRefusal(int status) {
        return status >= 400 && status < 500;
    }

    private JsonNode json(Answer answer) {
        try {
            return mapper.readTree(answer.body().getBytes());
        } catch (IOException e) {
            throw new IllegalStateException("A service answered JSON that does not parse", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
