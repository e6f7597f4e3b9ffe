package org.maillage.diagnostics.conversations.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.paging.CursorPage;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.web.QueryParams;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.conversations.domain.ConversationFilter;
import org.maillage.diagnostics.conversations.service.ConversationQueries;
import org.maillage.diagnostics.diagnostics.service.ComparisonResolver;
import org.maillage.diagnostics.rest.Bounds;
import org.maillage.territory.TerritoryKey;

@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class ConversationListResource {

    /** Each state at most once: OPEN and ADOPTED. */
    private static final int STATES = 2;
    private static final int DATE = 10;
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private final ConversationQueries queries;
    private final ComparisonResolver resolver;

    public ConversationListResource(ConversationQueries queries, ComparisonResolver resolver) {
        this.queries = queries;
        this.resolver = resolver;
    }

    @GET
    @Operation(operationId = "listConversations", summary = "List conversations",
            description = "Who may act: any caller with diagnostics:read, who reads every conversation as with"
                    + " getConversation; each item is the conversation as getConversation returns it. Filters combine"
                    + " with AND. In creation order, cursor-paginated. With `updatedSince`, the conversations changed"
                    + " at or after that instant ordered by (updatedAt, id), to sync incrementally (the"
                    + " `diagnosticState` shown follows the diagnostic: sync the diagnostics for its changes).")
    @APIResponse(responseCode = "200", description = "A page of conversations",
            content = @Content(schema = @Schema(implementation = ConversationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor, or `from` after `to`")
    @APIResponse(responseCode = "422", description = "territory is not in the territorial reference")
    public Response list(
            @Parameter(description = "Conversations on a diagnostic of this territory or of a territory inside it (a"
                    + " commune's are found by its EPCI, département and région). An INSEE/COG code (the smallest"
                    + " territory with that code; EPCI: SIREN) or LEVEL:code, e.g. 93, 2A351, REGION:93",
                    example = "DEPARTEMENT:93") @QueryParam("territory") @Size(max = Bounds.TERRITORY_FILTER) String territory,
            @Parameter(description = "Only the conversation of this diagnostic", schema = @Schema(implementation = UUID.class))
            @QueryParam("diagnostic") String diagnostic,
            @Parameter(description = "Only conversations in one of these states (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Conversation.State.class, maxItems = STATES))
            @QueryParam("state") List<String> states,
            @Parameter(description = "Only conversations held on or after this day (`heldOn`)", example = "2026-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = DATE, pattern = DATE_PATTERN))
            @QueryParam("from") String from,
            @Parameter(description = "Only conversations held on or before this day (`heldOn`)", example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = DATE, pattern = DATE_PATTERN))
            @QueryParam("to") String to,
            @Parameter(description = "Only conversations changed at or after this RFC 3339 instant",
                    example = "2026-01-31T08:00:00Z") @QueryParam(SyncRequest.UPDATED_SINCE) String updatedSince,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.of(limit, cursor);
        SyncRequest sync = SyncRequest.of(updatedSince, null);
        KeysetCursor after = page.cursor() == null ? null : KeysetCursor.decode(page.cursor());
        LocalDate heldFrom = QueryParams.date("from", from);
        LocalDate heldTo = QueryParams.date("to", to);
        if (heldFrom != null && heldTo != null && heldFrom.isAfter(heldTo)) {
            throw new BadRequestException("from (" + heldFrom + ") is after to (" + heldTo + ")",
                    List.of(new FieldError("from", "AfterTo", "must be on or before to")));
        }
        UUID diagnosticId = QueryParams.uuid("diagnostic", diagnostic);
        Set<Conversation.State> wanted = states(states);
        TerritoryKey key = territory == null ? null : resolver.territoryFilter(territory, "territory").key();
        ConversationFilter filter = new ConversationFilter(key, diagnosticId, wanted, heldFrom, heldTo,
                sync.updatedSince());
        CursorPage<ConversationView> body = CursorPage.fromSlice(queries.page(filter, after, page.fetchSize()), page,
                ConversationView::of, state -> new KeysetCursor(sync.bySync() ? state.conversation().updatedAt()
                        : state.conversation().createdAt(), state.conversation().id()).encode());
        return PageResponses.ok(body, uriInfo);
    }

    private static Set<Conversation.State> states(List<String> values) {
        if (values.size() > STATES) {
            throw new BadRequestException("state is given at most " + STATES + " times, once per state",
                    List.of(new FieldError("state", "TooMany", "name each state at most once")));
        }
        Set<Conversation.State> states = EnumSet.noneOf(Conversation.State.class);
        values.forEach(value -> states.add(QueryParams.enumValue(Conversation.State.class, "state", value)));
        return states;
    }
}
