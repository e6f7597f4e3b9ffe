package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.domain.PersonFilter;
import org.maillage.actors.service.PeopleDirectory;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;

/** People across organisations, for those who look for a counterpart rather than an organisation. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PeopleDirectoryResource {

    private final PeopleDirectory directory;
    private final PeopleDirectoryFilters filters;

    public PeopleDirectoryResource(PeopleDirectory directory, PeopleDirectoryFilters filters) {
        this.directory = directory;
        this.filters = filters;
    }

    @GET
    @Operation(operationId = "searchPeople", summary = "Find people across organisations",
            description = "The people of every organisation, shown as each organisation's own list shows them "
                    + "(contact data only where the person consented). Keyset-paginated in creation order, or by "
                    + "(updatedAt, id) with updatedSince. Removed and erased people, and the people of archived "
                    + "organisations, are left out unless includeArchived=true.")
    @APIResponse(responseCode = "200", description = "A page of people",
            content = @Content(schema = @Schema(implementation = PersonPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or filter, or a filter value repeated")
    @APIResponse(responseCode = "422", description = "Unknown territory in the territory filter")
    public Response search(@Valid @BeanParam PeopleDirectoryParams params, @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(params.limit, params.cursor);
        PersonFilter filter = filters.parse(params);
        CursorPage<PersonResponse> body = CursorPage.fromSlice(directory.page(filter, page), page, PersonResponse::of,
                p -> new KeysetCursor(filter.sync().bySync() ? p.updatedAt() : p.createdAt(), p.id()).encode());
        return PageResponses.ok(body, uriInfo);
    }
}
