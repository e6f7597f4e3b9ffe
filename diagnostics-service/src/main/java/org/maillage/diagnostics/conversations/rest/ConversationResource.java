package org.maillage.diagnostics.conversations.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.http.ETags;
import org.maillage.commons.problem.Problem;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.conversations.domain.Solution;
import org.maillage.diagnostics.conversations.service.Added;
import org.maillage.diagnostics.conversations.service.ConversationService;
import org.maillage.diagnostics.conversations.service.ConversationState;
import org.maillage.diagnostics.diagnostics.domain.Diagnostic;
import org.maillage.diagnostics.diagnostics.domain.Fragility;
import org.maillage.diagnostics.rest.ProblemExamples;

@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "Community conversations: the actors of a territory debate its diagnostic"
        + " (verdict on each fragility, fragilities the data missed), rank priorities, propose solutions, and adopt"
        + " the priorities, which publishes the diagnostic. Every operation answers 400 on invalid fields, 404 for"
        + " an unknown conversation or fragility, 409 once the conversation adopted its priorities, 422 for an actor"
        + " who is not a participant, 403 for a caller who may not act (the problem says who may). A conversation"
        + " belongs to its facilitator's organisation, which keeps its record; participants are invited by being"
        + " named, without their consent, and act only in their own name.")
@APIResponse(responseCode = "400", description = "Invalid fields, unknown property or malformed JSON")
@APIResponse(responseCode = "404", description = "No such conversation or fragility")
@APIResponse(responseCode = "409", description = "The diagnostic or the conversation is not in a state allowing it")
@APIResponse(responseCode = "422", description = "Unknown diagnostic or actor, not a participant, invalid ranking,"
        + " already as many fragilities or solutions as allowed (" + Diagnostic.MAX_FRAGILITIES + " fragilities per diagnostic, "
        + Conversation.MAX_SOLUTIONS + " solutions)")
public class ConversationResource {

    private static final String OWNER = " Scope diagnostics:write; the facilitator's organisation or an admin only"
            + " (403 otherwise).";
    private static final String IN_OWN_NAME = " Scope diagnostics:write; the participant's own organisation, or the"
            + " facilitator's organisation (or an admin) on its behalf, shown in `recordedBy` (403 otherwise).";
    private static final String NOT_THE_OWNER = "Only the facilitator's organisation or an admin may do this";
    private static final String NOT_IN_OWN_NAME = "Neither the participant named, nor the facilitator's organisation,"
            + " nor an admin";

    private static final String IF_MATCH = "ETag of the conversation as last read: the write is refused (412) when"
            + " the conversation changed since";

    private final ConversationService service;

    public ConversationResource(ConversationService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "openConversation", summary = "Open a conversation on a DRAFT diagnostic",
            description = "The diagnostic becomes IN_CONVERSATION. Participants must be registered actors; naming"
                    + " them invites them, it needs no consent since it lets nobody act in their name. Scope"
                    + " diagnostics:write. The conversation belongs to the facilitator's organisation: a partner opens"
                    + " it for its own organisation (`facilitator.actorId` absent, then set to it, or equal to it); an"
                    + " admin may name any organisation or none.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "403", description = "A partner naming another organisation as facilitator, or a key"
            + " bound to no organisation")
    public Response open(@Valid @NotNull ConversationRequest request, @Context UriInfo uriInfo) {
        Conversation conversation = service.open(request.diagnosticId(), request.heldOn(),
                request.facilitator().name().strip(), request.facilitator().actorId(), request.participants());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(conversation.id().toString()).build())
                .tag(ETags.of(conversation.version())).entity(ConversationView.of(service.get(conversation.id()))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConversation", summary = "Get a conversation with its provisional priorities")
    @APIResponse(responseCode = "200", description = "The conversation, its version as ETag",
            content = @Content(schema = @Schema(implementation = ConversationView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @Path("/{id}/verdicts/{fragilityId}")
    @Operation(operationId = "recordVerdict", summary = "Confirm or contest a fragility found in the data",
            description = "A CONTESTED verdict needs the reason. A later verdict on the same fragility replaces it."
                    + " The verdict is the conversation's, recorded by whoever keeps its record." + OWNER)
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "403", description = NOT_THE_OWNER)
    @APIResponse(responseCode = "412", description = "If-Match does not name the conversation's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION)))
    public Response verdict(@PathParam("id") UUID id, @PathParam("fragilityId") UUID fragilityId,
                            @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid @NotNull VerdictRequest request) {
        return withTag(service.recordVerdict(id, fragilityId, request.verdict(), request.reason(), ifMatch));
    }

    @POST
    @Path("/{id}/fragilities")
    @Operation(operationId = "addFragility", summary = "Add a fragility the data missed",
            description = "`proposedBy` names the participant who raised it in the conversation." + OWNER)
    @APIResponse(responseCode = "403", description = NOT_THE_OWNER)
    @APIResponse(responseCode = "201", description = "Added to the diagnostic; ETag: the conversation's new version",
            content = @Content(schema = @Schema(implementation = Fragility.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the conversation's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION)))
    public Response addFragility(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                 @Valid @NotNull AddedFragilityRequest request) {
        Added<Fragility> added = service.addFragility(id, request.title(), request.description(), request.theme(),
                request.proposedBy(), ifMatch);
        return Response.status(201).tag(ETags.of(added.conversationVersion())).entity(added.item()).build();
    }

    @PUT
    @Path("/{id}/rankings/{actorId}")
    @Operation(operationId = "rankPriorities", summary = "Record a participant's ranking of priorities",
            description = "Fragility ids from most to least urgent; contested fragilities cannot be ranked. Replaces"
                    + " the participant's previous ballot." + IN_OWN_NAME)
    @APIResponse(responseCode = "403", description = NOT_IN_OWN_NAME)
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the conversation's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION)))
    public Response rank(@PathParam("id") UUID id, @PathParam("actorId") UUID actorId,
                         @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid @NotNull RankingRequest request) {
        return withTag(service.rank(id, actorId, request.fragilityIds(), ifMatch));
    }

    @POST
    @Path("/{id}/solutions")
    @Operation(operationId = "proposeSolution", summary = "Propose a solution to a fragility",
            description = "In the name of the participant `proposedBy`." + IN_OWN_NAME)
    @APIResponse(responseCode = "403", description = NOT_IN_OWN_NAME)
    @APIResponse(responseCode = "201", description = "Recorded; ETag: the conversation's new version",
            content = @Content(schema = @Schema(implementation = Solution.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the conversation's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION)))
    public Response solution(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid @NotNull SolutionRequest request) {
        Added<Solution> added = service.proposeSolution(id, request.fragilityId(), request.title(), request.description(),
                request.proposedBy(), ifMatch);
        return Response.status(201).tag(ETags.of(added.conversationVersion())).entity(added.item()).build();
    }

    @POST
    @Path("/{id}/adoption")
    @Operation(operationId = "adoptPriorities", summary = "Adopt the priorities and publish the diagnostic",
            description = "Needs a verdict on every fragility found in the data and at least one ranking (409 listing"
                    + " what is missing otherwise). Publishes the diagnostic with the Borda priorities, supersedes the"
                    + " territory's previously published diagnostic, and emits priorities-adopted, published and"
                    + " superseded events." + OWNER)
    @APIResponse(responseCode = "403", description = NOT_THE_OWNER)
    @APIResponse(responseCode = "200", description = "Adopted", content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the conversation's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION)))
    public Response adopt(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return withTag(service.adopt(id, ifMatch));
    }

    private static Response withTag(ConversationState state) {
        return Response.ok(ConversationView.of(state)).tag(ETags.of(state.conversation().version())).build();
    }
}
