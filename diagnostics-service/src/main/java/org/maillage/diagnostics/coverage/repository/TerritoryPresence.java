package org.maillage.diagnostics.coverage.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.maillage.diagnostics.territories.domain.Territory;

/**
 * Finds, in SQL, the actors and alliances present on a territory, so that only those leave the database: one of
 * the territories they name is the territory itself, lies inside it (its parent column at the territory's level
 * is the territory) or contains it (is one of its parents). The exact relation is then worked out on these few.
 */
@ApplicationScoped
public class TerritoryPresence {

    private static final String NAMED = """
            SELECT DISTINCT x.id FROM %s x
            CROSS JOIN LATERAL jsonb_to_recordset(x.territories) AS r(code text, level text)
            JOIN territory t ON t.level = r.level AND t.code = r.code
            WHERE %s AND ((t.level = ? AND t.code = ?) OR %s = ? OR (t.level || ':' || t.code) = ANY (?))""";

    private final DataSource dataSource;

    public TerritoryPresence(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Actors not archived naming the territory, one inside it or one containing it. */
    public List<UUID> actors(Territory territory) {
        return ids(NAMED.formatted("known_actor", "NOT x.archived", insideColumn(territory)), territory, null);
    }

    /** Alliances naming the territory, one inside it or one containing it. */
    public List<UUID> alliances(Territory territory) {
        return ids(NAMED.formatted("known_alliance", "true", insideColumn(territory)), territory, null);
    }

    /** Alliances that say they address one of these fragilities, wherever they act. */
    public List<UUID> alliancesAddressing(Collection<UUID> fragilityIds) {
        if (fragilityIds.isEmpty()) {
            return List.of();
        }
        return ids("""
                SELECT x.id FROM known_alliance x
                WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(x.addresses) a WHERE a->>'fragilityId' = ANY (?))""",
                null, fragilityIds.stream().map(UUID::toString).toArray(String[]::new));
    }

    private List<UUID> ids(String sql, Territory territory, String[] values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (territory != null) {
                query.setString(1, territory.level().name());
                query.setString(2, territory.code());
                query.setString(3, territory.code());
                query.setArray(4, connection.createArrayOf("text",
                        territory.parents().stream().map(p -> p.level().name() + ':' + p.code()).toArray()));
            } else {
                Array array = connection.createArrayOf("text", values);
                query.setArray(1, array);
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find who is present on " + (territory == null ? "fragilities"
                    : territory.key()), e);
        }
    }

    /** The column of a territory row holding its parent at the level of the given territory (communes have none). */
    private static String insideColumn(Territory territory) {
        return switch (territory.level()) {
            case REGION -> "t.region_code";
            case COLLECTIVITE_OUTRE_MER -> "t.collectivite_outre_mer_code";
            case DEPARTEMENT -> "t.departement_code";
            case EPCI -> "t.epci_code";
            case COMMUNE -> "CAST(NULL AS text)";
        };
    }
}
