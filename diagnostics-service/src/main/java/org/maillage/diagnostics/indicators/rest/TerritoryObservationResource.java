package org.maillage.diagnostics.indicators.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.paging.CursorFormat;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.web.QueryParams;
import org.maillage.diagnostics.indicators.service.TerritoryObservations;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.service.TerritoryService;
import org.maillage.territory.TerritoryLevel;

@Path("/api/v1/territories/{code}/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations")
public class TerritoryObservationResource {

    /** Observations in (indicator, period) order: "indicator|period" of the last one of the previous page. */
    private static final CursorFormat BY_KEY = new CursorFormat("k:", '|', 1);

    private final TerritoryService territories;
    private final TerritoryObservations observations;

    public TerritoryObservationResource(TerritoryService territories, TerritoryObservations observations) {
        this.territories = territories;
        this.observations = observations;
    }

    @GET
    @Operation(operationId = "listTerritoryObservations", summary = "List the observations of a territory",
            description = "Imported and derived values, ordered by indicator then period, cursor-paginated.")
    @APIResponse(responseCode = "200", description = "A page of observations",
            content = @Content(schema = @Schema(implementation = ObservationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid level, limit or cursor; ambiguous code without level")
    @APIResponse(responseCode = "404", description = "No such territory")
    public Response list(@Parameter(example = "93") @PathParam("code") @Size(max = Bounds.TERRITORY_CODE) String code,
                         @Parameter(schema = @Schema(implementation = TerritoryLevel.class)) @QueryParam("level") String level,
                         @Parameter(example = "demo_unemployment_rate") @QueryParam("indicator") @Size(max = Bounds.INDICATOR_CODE) String indicator,
                         @Parameter(example = "2024") @QueryParam("period") @Size(max = Bounds.PERIOD) String period,
                         @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor,
                         @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        Territory territory = territories.resolve(code,
                Optional.ofNullable(QueryParams.enumValue(TerritoryLevel.class, "level", level)));
        String after = BY_KEY.decode(page.cursor(), parts -> parts.get(0));
        int bar = after == null ? -1 : after.indexOf('|');
        CursorPage<ObservationView> body = CursorPage.fromSlice(
                observations.page(territory.key(), indicator, period, bar < 0 ? null : after.substring(0, bar),
                        bar < 0 ? null : after.substring(bar + 1), page.fetchSize()),
                page, ObservationView::of, o -> BY_KEY.encode(o.indicator() + "|" + o.period()));
        return PageResponses.ok(body, uriInfo);
    }
}
