package org.maillage.gateway.apikeys;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.commons.idempotency.SecretInResponse;
import org.maillage.gateway.security.SecretRotation;

/** Administration of partner keys; the gateway lets only {@code admin} callers reach it. */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys partner systems use to call the API")
@SecurityRequirement(name = "apiKey", scopes = "admin")
@SecurityRequirement(name = "bearer", scopes = "admin")
public class ApiKeyResource {

    private final ApiKeyService service;

    public ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "The secret is in this response only; store it, it cannot be read again.")
    @APIResponse(responseCode = "201", description = "Created, with its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedApiKey.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown property or malformed JSON")
    @APIResponse(responseCode = "422", description = "Unknown scope, or the gateway holds its maximum of keys; or a "
            + "retry with the Idempotency-Key of a creation that succeeded (type secret-shown-once, with the key's id "
            + "and Location: its secret is not shown again)")
    @SecretInResponse
    public Response create(@NotNull @Valid CreateApiKeyRequest request) {
        IssuedApiKey issued = service.create(request);
        return Response.created(URI.create("/api/v1/admin/api-keys/" + issued.key().id())).entity(issued).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List the API keys, revoked ones included")
    @APIResponse(responseCode = "200", description = "Every key, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
            implementation = ApiKeyView.class, maxItems = ApiKeyLimits.MAX_KEYS)))
    public List<ApiKeyView> list() {
        return service.list();
    }

    @POST
    @Path("{id}/rotate")
    @Operation(operationId = "rotateApiKey", summary = "Replace the secret of an API key",
            description = "The new secret, under a new prefix, is shown in this response only. The replaced secret "
                    + "stops working at once, or after gracePeriodSeconds so that a partner can deploy the new one "
                    + "first; a secret kept from an earlier rotation stops now. Revoking the key stops both.")
    @APIResponse(responseCode = "200", description = "Rotated, with its new secret",
            headers = @Header(name = "Content-Location", description = "The key whose secret this is",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedApiKey.class)))
    @APIResponse(responseCode = "404", description = "No such key")
    @APIResponse(responseCode = "400", description = "Invalid grace period")
    @APIResponse(responseCode = "422", description = "A retry with the Idempotency-Key of a rotation that succeeded "
            + "(type secret-shown-once, with the key's id and Location: the new secret is not shown again)")
    @SecretInResponse
    public Response rotate(@PathParam("id") UUID id,
                           @Parameter(description = "How long the replaced secret keeps working, in seconds "
                                   + "(default 0: it stops at once)", example = "86400")
                           @QueryParam("gracePeriodSeconds") @Min(0) @Max(SecretRotation.MAX_GRACE_PERIOD_SECONDS)
                           Long gracePeriodSeconds) {
        IssuedApiKey rotated = service.rotate(id, SecretRotation.gracePeriod(gracePeriodSeconds));
        return Response.ok(rotated).header("Content-Location", "/api/v1/admin/api-keys/" + id).build();
    }

    @POST
    @Path("{id}/revoke")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key for good")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key")
    public ApiKeyView revoke(@PathParam("id") UUID id) {
        return service.revoke(id);
    }
}
