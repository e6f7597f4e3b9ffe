package org.maillage.diagnostics.diagnostics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.commons.http.SyncRequest;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.DiagnosticState;
import org.maillage.territory.TerritoryKey;

@ApplicationScoped
public class DiagnosticRepository implements PanacheRepositoryBase<Diagnostic, UUID> {

    /** The diagnostics of the given ids, superseded ones included, by id as text, as a change feed asks for them. */
    public Map<String, Diagnostic> byIds(List<String> ids) {
        return list("id in ?1", ids.stream().map(UUID::fromString).toList()).stream()
                .collect(Collectors.toMap(d -> d.id().toString(), Function.identity()));
    }

    /** Published diagnostics of the territory other than {@code except}. */
    public List<Diagnostic> published(TerritoryKey territory, UUID except) {
        return list("territoryCode = ?1 and territoryLevel = ?2 and state = ?3 and id <> ?4", territory.code(),
                territory.level(), DiagnosticState.PUBLISHED, except);
    }

    public Optional<Diagnostic> latestPublished(TerritoryKey territory) {
        return find("territoryCode = ?1 and territoryLevel = ?2 and state = ?3 order by publishedAt desc",
                territory.code(), territory.level(), DiagnosticState.PUBLISHED).firstResultOptional();
    }

    /** Keyset page in creation order. */
    public List<Diagnostic> page(TerritoryKey territory, DiagnosticState state, Instant afterAt, UUID afterId, int fetchSize) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        whereTerritoryAndState(query, parameters, territory, state);
        return keysetPage(query, parameters, "createdAt", afterAt, afterId, fetchSize);
    }

    /**
     * Keyset page of the diagnostics changed at or after {@code sync.updatedSince()}, by (updatedAt, id). A superseded
     * diagnostic is the tombstone of a published one: listed with includeArchived=true or when asked by state.
     */
    public List<Diagnostic> changes(SyncRequest sync, TerritoryKey territory, DiagnosticState state, Instant afterAt,
                                    UUID afterId, int fetchSize) {
        StringBuilder query = new StringBuilder("updatedAt >= :since");
        Parameters parameters = Parameters.with("since", sync.updatedSince());
        whereTerritoryAndState(query, parameters, territory, state);
        if (state == null && !sync.includeArchived()) {
            query.append(" and state <> :superseded");
            parameters.and("superseded", DiagnosticState.SUPERSEDED);
        }
        return keysetPage(query, parameters, "updatedAt", afterAt, afterId, fetchSize);
    }

    private static void whereTerritoryAndState(StringBuilder query, Parameters parameters, TerritoryKey territory,
                                               DiagnosticState state) {
        if (territory != null) {
            query.append(" and territoryCode = :code and territoryLevel = :level");
            parameters.and("code", territory.code()).and("level", territory.level());
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
    }

    /** The page after (afterAt, afterId) in the order of {@code instant} then id. */
    private List<Diagnostic> keysetPage(StringBuilder query, Parameters parameters, String instant, Instant afterAt,
                                        UUID afterId, int fetchSize) {
        if (afterAt != null) {
            query.append(" and (").append(instant).append(" > :at or (").append(instant).append(" = :at and id > :id))");
            parameters.and("at", afterAt).and("id", afterId);
        }
        return find(query.append(" order by ").append(instant).append(", id").toString(), parameters)
                .page(0, fetchSize).list();
    }
}
