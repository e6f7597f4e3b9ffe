package org.maillage.actors.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.domain.Person;
import org.maillage.actors.service.PersonService;
import org.maillage.commons.http.ETags;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;

@Path("/api/v1/actors/{actorId}/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People of the organisations")
public class PersonResource {

    private final PersonService service;

    public PersonResource(PersonService service) {
        this.service = service;
    }

    @POST
    @APIResponse(responseCode = "403", description = "Partner keys change only the people of their own organisation")
    @Operation(operationId = "addPerson", summary = "Add a person to an organisation",
            description = "Emits org.maillage.person.added.v1 (ids and professions only, no personal data).")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, competencies not summing to 100, contact data "
            + "without consent, unknown property or malformed JSON")
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "409", description = "The actor is archived")
    public Response add(@PathParam("actorId") UUID actorId, @Valid @NotNull PersonInput request, @Context UriInfo uriInfo) {
        Person person = service.add(actorId, request.toDraft());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(person.id().toString()).build())
                .tag(ETags.of(person.version())).entity(PersonResponse.of(person)).build();
    }

    @GET
    @Operation(operationId = "listPeople", summary = "List the people of an organisation",
            description = "Keyset-paginated in creation order, or by (updatedAt, id) with updatedSince. includeArchived=true "
                    + "adds removed and erased people as tombstones.")
    @APIResponse(responseCode = "200", description = "A page of people",
            content = @Content(schema = @Schema(implementation = PersonPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or updatedSince")
    @APIResponse(responseCode = "404", description = "No such actor")
    public Response list(@PathParam("actorId") UUID actorId,
                         @Parameter(description = "Only people changed at or after this RFC 3339 instant", example = "2026-01-31T08:00:00Z")
                         @QueryParam("updatedSince") String updatedSince,
                         @Parameter(description = "Also return removed and erased people, as tombstones")
                         @QueryParam("includeArchived") Boolean includeArchived,
                         @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor,
                         @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        SyncRequest sync = SyncRequest.of(updatedSince, includeArchived);
        CursorPage<PersonResponse> body = CursorPage.fromSlice(service.page(actorId, sync, page), page, PersonResponse::of,
                p -> new KeysetCursor(sync.bySync() ? p.updatedAt() : p.createdAt(), p.id()).encode());
        return PageResponses.ok(body, uriInfo);
    }
}
