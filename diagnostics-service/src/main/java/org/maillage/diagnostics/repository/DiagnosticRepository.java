package org.maillage.diagnostics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.maillage.commons.http.SyncRequest;
import org.maillage.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.domain.DiagnosticState;
import org.maillage.territory.TerritoryKey;

@ApplicationScoped
public class DiagnosticRepository implements PanacheRepositoryBase<Diagnostic, UUID> {

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
        if (territory != null) {
            query.append(" and territoryCode = :code and territoryLevel = :level");
            parameters.and("code", territory.code()).and("level", territory.level());
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (afterAt != null) {
            query.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
            parameters.and("at", afterAt).and("id", afterId);
        }
        return find(query.append(" order by createdAt, id").toString(), parameters).page(0, fetchSize).list();
    }

    /**
     * Keyset page of the diagnostics changed at or after {@code sync.updatedSince()}, by (updatedAt, id). A superseded
     * diagnostic is the tombstone of a published one: listed with includeArchived=true or when asked by state.
     */
    public List<Diagnostic> changes(SyncRequest sync, TerritoryKey territory, DiagnosticState state, Instant afterAt,
                                    UUID afterId, int fetchSize) {
        StringBuilder query = new StringBuilder("updatedAt >= :since");
        Parameters parameters = Parameters.with("since", sync.updatedSince());
        if (territory != null) {
            query.append(" and territoryCode = :code and territoryLevel = :level");
            parameters.and("code", territory.code()).and("level", territory.level());
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        } else if (!sync.includeArchived()) {
            query.append(" and state <> :superseded");
            parameters.and("superseded", DiagnosticState.SUPERSEDED);
        }
        if (afterAt != null) {
            query.append(" and (updatedAt > :at or (updatedAt = :at and id > :id))");
            parameters.and("at", afterAt).and("id", afterId);
        }
        return find(query.append(" order by updatedAt, id").toString(), parameters).page(0, fetchSize).list();
    }
}
