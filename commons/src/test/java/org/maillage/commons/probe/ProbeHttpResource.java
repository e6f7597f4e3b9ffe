package org.maillage.commons.probe;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.MergePatch;
import org.maillage.commons.http.MergePatcher;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.problem.ResourceNotFoundException;

/** Endpoints exercising conditional requests, merge patch, sync parameters and idempotent POSTs. */
@Path("/probe-http")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeHttpResource {

    record Versioned(ProbeDoc doc, long version) {
    }

    public record Execution(long id, String label, long executions) {
    }

    private final Map<String, Versioned> docs = new ConcurrentHashMap<>();
    private final MergePatcher patcher;
    private final EntityManager entityManager;

    public ProbeHttpResource(MergePatcher patcher, EntityManager entityManager) {
        this.patcher = patcher;
        this.entityManager = entityManager;
    }

    @PUT
    @Path("/docs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch, ProbeDoc doc) {
        Versioned saved = docs.compute(id, (key, current) -> {
            if (current != null) {
                ETags.requireMatch(ifMatch, current.version());
            }
            return new Versioned(doc, current == null ? 0 : current.version() + 1);
        });
        return Response.ok(saved.doc()).tag(ETags.of(saved.version())).build();
    }

    @GET
    @Path("/docs/{id}")
    public Response get(@PathParam("id") String id) {
        Versioned doc = docs.get(id);
        if (doc == null) {
            throw new ResourceNotFoundException("Doc", id);
        }
        return Response.ok(doc.doc()).tag(ETags.of(doc.version())).build();
    }

    @PATCH
    @Path("/docs/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(@PathParam("id") String id, @HeaderParam(ETags.IF_MATCH) String ifMatch, JsonNode patch) {
        Versioned saved = docs.compute(id, (key, current) -> {
            if (current == null) {
                throw new ResourceNotFoundException("Doc", id);
            }
            ETags.requireMatch(ifMatch, current.version());
            return new Versioned(patcher.patch(current.doc(), patch, ProbeDoc.class), current.version() + 1);
        });
        return Response.ok(saved.doc()).tag(ETags.of(saved.version())).build();
    }

    @GET
    @Path("/sync")
    public SyncRequest sync(@QueryParam("updatedSince") String updatedSince,
                            @QueryParam("includeArchived") Boolean includeArchived) {
        return SyncRequest.of(updatedSince, includeArchived);
    }

    /** Records one execution per call; sleeps first when asked, to let a duplicate arrive meanwhile. */
    @POST
    @Path("/executions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response execute(Map<String, Object> body, @QueryParam("sleepMillis") long sleepMillis,
                            @QueryParam("status") Integer status) throws InterruptedException {
        Thread.sleep(sleepMillis);
        if (status != null && status >= 500) {
            throw new IllegalStateException("failing on purpose");
        }
        String label = String.valueOf(body.get("label"));
        entityManager.createNativeQuery("INSERT INTO probe_execution (label) VALUES (?1)")
                .setParameter(1, label).executeUpdate();
        long executions = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM probe_execution WHERE label = ?1")
                .setParameter(1, label).getSingleResult()).longValue();
        Execution execution = new Execution(System.nanoTime(), label, executions);
        return Response.status(status == null ? 201 : status).location(URI.create("/probe-http/executions/" + label))
                .tag(ETags.of(executions)).entity(execution).build();
    }
}
