package org.maillage.gateway.feed;

import io.vertx.ext.web.RoutingContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.gateway.caller.CurrentCaller;

/** The event feed, for partners that cannot receive webhooks: they poll with the cursor of their last read. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event feed", description = "Every event of the suite, in order, for clients that poll instead of "
        + "receiving webhooks")
public class FeedResource {

    private final FeedService feed;

    public FeedResource(FeedService feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "Read the events after a cursor",
            description = "Events as CloudEvents 1.0 structured JSON, oldest first, limited to the areas the caller "
                    + "may read (`actors:read`, `alliances:read`, `diagnostics:read`; `admin` reads all). Poll again "
                    + "with `after` set to `nextCursor`. Events are kept for a configured retention (30 days by "
                    + "default); a cursor older than that is answered 410 and the client restarts without `after`.")
    @APIResponse(responseCode = "200", description = "Events after the cursor; a Link rel=\"next\" header when "
            + "more are available now", content = @Content(schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid cursor, limit or type pattern")
    @APIResponse(responseCode = "401", description = "No valid API key or token")
    @APIResponse(responseCode = "410", description = "The cursor points before the events still retained")
    @APIResponse(responseCode = "429", description = "Rate limit reached")
    public Response list(
            @Parameter(description = "Cursor from a previous read (its nextCursor); absent to start from the oldest "
                    + "event retained", example = "1842") @QueryParam("after") @Size(max = 40) String after,
            @Parameter(description = "Comma-separated event types, `*` as wildcard", example = "org.maillage.alliance.*")
            @QueryParam("types") @Size(max = 4000) String types,
            @Parameter(description = "Events per page (default 50)", example = "100")
            @QueryParam("limit") @Min(1) @Max(500) Integer limit,
            @Context UriInfo uriInfo, @Context RoutingContext context) {
        FeedPage page = feed.read(after, types, limit, EventAreas.readableBy(CurrentCaller.of(context)));
        Response.ResponseBuilder response = Response.ok(page);
        if (page.hasMore()) {
            response.links(Link.fromUri(uriInfo.getRequestUriBuilder().replaceQueryParam("after", page.nextCursor())
                    .build()).rel("next").build());
        }
        return response.build();
    }
}
