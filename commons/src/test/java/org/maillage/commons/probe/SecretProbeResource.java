package org.maillage.commons.probe;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.maillage.commons.idempotency.SecretInResponse;

/** Issues secrets shown once, as API keys and webhooks do; an API path, so that calls carry a caller. */
@Path("/api/probe/secrets")
@Produces(MediaType.APPLICATION_JSON)
public class SecretProbeResource {

    @POST
    @SecretInResponse
    public Response issue(Map<String, Object> body) {
        UUID id = UUID.randomUUID();
        return Response.created(URI.create("/api/probe/secrets/" + id)).entity(secret(id)).build();
    }

    @POST
    @Path("{id}/rotate")
    @SecretInResponse
    public Response rotate(@PathParam("id") UUID id) {
        return Response.ok(secret(id)).header(HttpHeaders.CONTENT_LOCATION, "/api/probe/secrets/" + id).build();
    }

    private static Map<String, String> secret(UUID id) {
        return Map.of("id", id.toString(), "secret", "probe_secret_" + UUID.randomUUID());
    }
}
