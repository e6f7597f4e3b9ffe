package org.maillage.commons.probe;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.ChangeFeed;
import org.maillage.commons.sync.SyncPages;
import org.maillage.commons.sync.Checkpoint;

/** The change feed of probe_record; a deleted record comes back as a tombstone (no value). */
@Path("/probe/changes")
@Produces(MediaType.APPLICATION_JSON)
public class SyncProbeResource {

    public record ProbeState(UUID id, Long value, boolean deleted) {
    }

    private final ChangeFeed feed;
    private final EntityManager entityManager;

    public SyncProbeResource(ChangeFeed feed, EntityManager entityManager) {
        this.feed = feed;
        this.entityManager = entityManager;
    }

    @GET
    @Transactional
    public Response changes(@QueryParam("checkpoint") String token, @QueryParam("limit") Integer limit,
                            @Context UriInfo uriInfo) {
        return SyncPages.ok(feed.page(Checkpoint.decode("probes", token), PageRequest.of(limit, null), this::load), uriInfo);
    }

    private Map<String, ProbeState> load(List<String> keys) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, ProbeState> states = new HashMap<>();
            keys.forEach(key -> states.put(key, new ProbeState(UUID.fromString(key), null, true)));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, value FROM probe_record WHERE id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("uuid", keys.stream().map(UUID::fromString).toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        states.put(id.toString(), new ProbeState(id, rows.getLong(2), false));
                    }
                }
            }
            return states;
        });
    }
}
