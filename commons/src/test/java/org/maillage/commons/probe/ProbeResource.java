package org.maillage.commons.probe;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.maillage.commons.outbox.Outbox;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.ResourceNotFoundException;

/** A tiny application standing on commons, so its plumbing is tested as services use it. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public static final String TOPIC = "maillage.probe.v1";
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    static final List<UUID> NUMBERS = IntStream.range(0, 7)
            .mapToObj(i -> new UUID(0, i)).toList();

    private final Outbox outbox;

    public ProbeResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @Path("/missing/{id}")
    public String missing(@PathParam("id") String id) {
        throw new ResourceNotFoundException("Probe", id);
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw new ConflictException("The probe is busy");
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @POST
    @Path("/things")
    public ProbeRequest create(@Valid @NotNull ProbeRequest request) {
        return request;
    }

    /** Seven fixed items, paged by (instant, id) like real lists. */
    @GET
    @Path("/numbers")
    public Response numbers(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        int from = page.cursor() == null ? 0 : (int) KeysetCursor.decode(page.cursor()).id().getLeastSignificantBits() + 1;
        List<UUID> rows = NUMBERS.subList(Math.min(from, NUMBERS.size()), Math.min(from + page.fetchSize(), NUMBERS.size()));
        return PageResponses.ok(CursorPage.fromSlice(rows, page, UUID::toString, id -> new KeysetCursor(EPOCH, id).encode()),
                uriInfo);
    }

    @POST
    @Path("/events/{aggregate}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Map<String, String> emit(@PathParam("aggregate") String aggregate, @QueryParam("fail") boolean fail) {
        UUID id = outbox.append(TOPIC, "org.maillage.probe.emitted.v1", aggregate, Map.of("aggregate", aggregate));
        if (fail) {
            throw new IllegalStateException("failing after the event was appended");
        }
        return Map.of("eventId", id.toString());
    }

    /** A note event, which this application's own {@link NoteHandler} consumes. */
    @POST
    @Path("/notes/{subject}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Map<String, String> note(@PathParam("subject") String subject) {
        return Map.of("eventId", outbox.append(NoteHandler.TOPIC, NoteHandler.NOTED, subject,
                new NoteHandler.Note("noted through the outbox")).toString());
    }

    /** Event data with a field without a value. */
    public record Sparse(String aggregate, String note) {
    }

    @POST
    @Path("/events/{aggregate}/sparse")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Map<String, String> emitSparse(@PathParam("aggregate") String aggregate) {
        return Map.of("eventId", outbox.append(TOPIC, "org.maillage.probe.emitted.v1", aggregate,
                new Sparse(aggregate, null)).toString());
    }
}
