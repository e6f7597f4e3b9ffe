package org.maillage.gateway.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishes the key services verify forwarded identities with; public, like any JWKS. */
@Path("/identity/jwks.json")
@Tag(name = "Documentation")
public class IdentityKeysResource {

    private final IdentityTokens tokens;

    public IdentityKeysResource(IdentityTokens tokens) {
        this.tokens = tokens;
    }

    @GET
    @Produces("application/jwk-set+json")
    @Operation(operationId = "getIdentityKeys", summary = "Public keys of the identity tokens forwarded to services",
            description = "A JSON Web Key Set (RFC 7517) with the gateway's public signing key.")
    @APIResponse(responseCode = "200", description = "The key set", content = @Content(
            mediaType = "application/jwk-set+json", schema = @Schema(type = SchemaType.OBJECT)))
    public String keys() {
        return tokens.publicJwks();
    }
}
