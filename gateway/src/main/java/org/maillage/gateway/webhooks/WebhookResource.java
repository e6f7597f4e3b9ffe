package org.maillage.gateway.webhooks;

import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.idempotency.SecretInResponse;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.paging.PageResponses;
import org.maillage.gateway.caller.CurrentCaller;
import org.maillage.gateway.security.SecretRotation;

/** Webhook endpoints of the caller's organisation; the gateway lets only {@code webhooks:manage} callers in. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Events pushed to partners' HTTPS endpoints, signed per Standard Webhooks")
@APIResponse(responseCode = "401", description = "No valid API key or token")
@APIResponse(responseCode = "403", description = "The caller lacks the scope webhooks:manage")
@APIResponse(responseCode = "429", description = "Rate limit reached")
public class WebhookResource {

    private final WebhookService webhooks;
    private final DeliveryLog deliveries;

    public WebhookResource(WebhookService webhooks, DeliveryLog deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register an endpoint",
            description = "Events whose type matches one of eventTypes, in areas the caller's scopes may read, are "
                    + "POSTed to the URL as CloudEvents JSON with the Standard Webhooks headers webhook-id, "
                    + "webhook-timestamp and webhook-signature (v1, HMAC-SHA256 with the secret). The secret is in "
                    + "this response only.")
    @APIResponse(responseCode = "201", description = "Registered, with its signing secret",
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "422", description = "Not an https URL, a target in a private network, an invalid "
            + "type pattern or one with more than 3 '*', or the organisation holds its maximum of endpoints (25 by "
            + "default); or a retry with the Idempotency-Key of a registration that succeeded (type "
            + "secret-shown-once, with the endpoint's id and Location: its secret is not shown again)")
    @SecretInResponse
    public Response create(@NotNull @Valid CreateWebhookRequest request, @Context RoutingContext context) {
        WebhookWithSecret created = webhooks.create(CurrentCaller.of(context), request);
        return Response.status(201).header("Location", "/api/v1/webhooks/" + created.webhook().id())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the endpoints of the caller's organisation",
            description = "Admins see every endpoint.")
    @APIResponse(responseCode = "200", description = "A page of endpoints",
            content = @Content(schema = @Schema(implementation = WebhookPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid cursor or limit")
    public Response list(@QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor,
                         @Context UriInfo uriInfo, @Context RoutingContext context) {
        return PageResponses.ok(webhooks.list(CurrentCaller.of(context), PageRequest.of(limit, cursor)), uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Get an endpoint, with its status and why it was disabled")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisation")
    public WebhookView get(@PathParam("id") UUID id, @Context RoutingContext context) {
        return webhooks.get(CurrentCaller.of(context), id);
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateWebhook", summary = "Change an endpoint's URL, description or event types")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisation")
    @APIResponse(responseCode = "422", description = "Refused URL, or an invalid type pattern or one with more than "
            + "3 '*'")
    @APIResponse(responseCode = "403", description = "The caller lacks the scope webhooks:manage, or a read scope of "
            + "an area the endpoint receives (the areas its owner's scopes read): changing its URL needs them all")
    public WebhookView update(@PathParam("id") UUID id, @NotNull @Valid UpdateWebhookRequest request,
                              @Context RoutingContext context) {
        return webhooks.update(CurrentCaller.of(context), id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete an endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisation")
    public Response delete(@PathParam("id") UUID id, @Context RoutingContext context) {
        webhooks.delete(CurrentCaller.of(context), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable a disabled endpoint",
            description = "Pending deliveries resume; failed ones can be redelivered.")
    @APIResponse(responseCode = "200", description = "Active again",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisation")
    public WebhookView enable(@PathParam("id") UUID id, @Context RoutingContext context) {
        return webhooks.enable(CurrentCaller.of(context), id);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace the signing secret",
            description = "Attempts from now on are signed with the new secret, shown in this response only. With "
                    + "gracePeriodSeconds they are also signed with the replaced secret until the period ends, so "
                    + "that a receiver can be redeployed with the new secret without refusing a delivery meanwhile: "
                    + "webhook-signature then holds two space-separated signatures, the new secret's first "
                    + "(v1,<base64> v1,<base64>), and a receiver accepts the message when one of them matches. A "
                    + "secret kept from an earlier rotation stops signing now.")
    @APIResponse(responseCode = "200", description = "Rotated, with the new secret",
            headers = @Header(name = "Content-Location", description = "The endpoint whose secret this is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 100)),
            content = @Content(schema = @Schema(implementation = WebhookWithSecret.class)))
    @APIResponse(responseCode = "400", description = "Invalid grace period")
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisation")
    @APIResponse(responseCode = "422", description = "A retry with the Idempotency-Key of a rotation that succeeded "
            + "(type secret-shown-once, with the endpoint's id and Location: the new secret is not shown again)")
    @APIResponse(responseCode = "403", description = "The caller lacks the scope webhooks:manage, or a read scope of "
            + "an area the endpoint receives (the areas its owner's scopes read): rotating its secret needs them all")
    @SecretInResponse
    public Response rotateSecret(@PathParam("id") UUID id,
                                 @Parameter(description = "How long the replaced secret keeps signing "
                                         + "attempts beside the new one, in seconds (default 0: it stops "
                                         + "at once)", example = "86400")
                                 @QueryParam("gracePeriodSeconds") @Min(0)
                                 @Max(SecretRotation.MAX_GRACE_PERIOD_SECONDS) Long gracePeriodSeconds,
                                 @Context RoutingContext context) {
        WebhookWithSecret rotated = webhooks.rotateSecret(CurrentCaller.of(context), id,
                SecretRotation.gracePeriod(gracePeriodSeconds));
        return Response.ok(rotated).header("Content-Location", "/api/v1/webhooks/" + id).build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of an endpoint, newest first")
    @APIResponse(responseCode = "200", description = "A page of deliveries with their attempts",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid cursor or limit")
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's organisation")
    @APIResponse(responseCode = "403", description = "The caller lacks the scope webhooks:manage, or a read scope of "
            + "an area the endpoint receives (the areas its owner's scopes read): reading its deliveries needs them all")
    public Response deliveries(@PathParam("id") UUID id,
                               @QueryParam("limit") Integer limit,
                               @QueryParam("cursor") String cursor,
                               @Context UriInfo uriInfo, @Context RoutingContext context) {
        return PageResponses.ok(deliveries.list(CurrentCaller.of(context), id, PageRequest.of(limit, cursor)), uriInfo);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again",
            description = "The same message (same webhook-id and body) is sent again soon, freshly signed, with a new "
                    + "retry schedule.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId,
                              @Context RoutingContext context) {
        return Response.accepted(deliveries.redeliver(CurrentCaller.of(context), id, deliveryId)).build();
    }

    /** Page schemas for the document: a generic CursorPage would not say what its items are. */
    @Schema(name = "WebhookPage")
    record WebhookPage(@Size(max = 500) java.util.List<WebhookView> items, @Size(max = PageRequest.MAX_CURSOR_LENGTH) String nextCursor) {
    }

    @Schema(name = "WebhookDeliveryPage")
    record DeliveryPage(@Size(max = 500) java.util.List<DeliveryView> items, @Size(max = PageRequest.MAX_CURSOR_LENGTH) String nextCursor) {
    }
}
