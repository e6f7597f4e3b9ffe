package org.maillage.commons.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ProblemResponses;
import org.maillage.commons.problem.UnprocessableException;

/**
 * Honours {@value Idempotency#HEADER} on every POST (see {@link Idempotency}). Runs after resource
 * matching and authentication, on the worker thread of blocking endpoints, before the body is read by the
 * resource. Keys are scoped to the caller ({@link IdempotencyOwner}), the method and the path.
 */
public class IdempotencyFilter {

    private static final String CLAIM = "org.maillage.idempotency.claim";
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_LOCATION, HttpHeaders.LAST_MODIFIED, HttpHeaders.LINK);
    private static final Set<Integer> NOT_RECORDED = Set.of(409, 412, 429);

    private final IdempotencyStore store;
    private final IdempotencyConfig config;
    private final ObjectMapper objectMapper;
    private final RequestFingerprint fingerprints;
    private final IdempotencyOwner owner;

    public IdempotencyFilter(IdempotencyStore store, IdempotencyConfig config, ObjectMapper objectMapper,
                             IdempotencyOwner owner) {
        this.store = store;
        this.config = config;
        this.objectMapper = objectMapper;
        this.fingerprints = new RequestFingerprint(objectMapper);
        this.owner = owner;
    }

    private record Claimed(String scope, String key, String fingerprint, boolean secretInResponse) {
    }

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        String key = request.getHeaderString(Idempotency.HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || !config.enabled()) {
            return null;
        }
        if (!Idempotency.isValidKey(key)) {
            throw new BadRequestException(Idempotency.HEADER + " must be 1 to 255 visible ASCII characters",
                    List.of(new FieldError(Idempotency.HEADER, "InvalidValue", "must be 1 to 255 visible ASCII characters")));
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        MediaType mediaType = request.getMediaType();
        String fingerprint = fingerprints.of(mediaType == null ? null : mediaType.toString(), body);
        String scope = owner.of(request).orElse("anonymous") + " " + request.getMethod() + " "
                + request.getUriInfo().getPath();
        Claim claim = store.claim(scope, key, fingerprint, config.retention(), config.claimTimeout());
        if (claim instanceof Claim.Granted) {
            boolean secretInResponse = resource.getResourceMethod() != null
                    && resource.getResourceMethod().isAnnotationPresent(SecretInResponse.class);
            request.setProperty(CLAIM, new Claimed(scope, key, fingerprint, secretInResponse));
            return null;
        }
        if (claim instanceof Claim.Replay replay) {
            return replay(replay.response());
        }
        if (claim instanceof Claim.SecretWithheld withheld) {
            return secretShownOnce(request, withheld.location());
        }
        if (claim instanceof Claim.InProgress) {
            throw new ConflictException("A request with this " + Idempotency.HEADER
                    + " is still being processed; retry later to get its response");
        }
        throw new UnprocessableException("This " + Idempotency.HEADER + " was already used with a different request body",
                List.of(new FieldError(Idempotency.HEADER, "IdempotencyKeyReused", "was already used with another body")));
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        if (status >= 500 || NOT_RECORDED.contains(status)) {
            store.release(claimed.scope(), claimed.key(), claimed.fingerprint());
            return;
        }
        if (claimed.secretInResponse() && status < 300) {
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            store.completeWithheld(claimed.scope(), claimed.key(), claimed.fingerprint(), status,
                    location != null ? location : response.getHeaderString(HttpHeaders.CONTENT_LOCATION));
            return;
        }
        store.complete(claimed.scope(), claimed.key(), claimed.fingerprint(), capture(response));
    }

    /** 422 rather than 409: retrying cannot help, the key is spent like one reused with another body. */
    private static Response secretShownOnce(ContainerRequestContext request, String location) {
        String done = location == null ? "The request first sent with this " + Idempotency.HEADER + " succeeded"
                : "The request first sent with this " + Idempotency.HEADER + " created or changed " + location
                + " (id " + lastSegment(location) + ")";
        Response problem = ProblemResponses.of(request, 422, "secret-shown-once", "Secret shown once", done
                + "; its response held a secret, shown once and never stored, so it cannot be replayed. Read the "
                + "resource, or rotate its secret to get a new one.", List.of(new FieldError(Idempotency.HEADER,
                "SecretShownOnce", "was used by a request whose response held a secret shown once")));
        return location == null ? problem : Response.fromResponse(problem).header(HttpHeaders.LOCATION, location).build();
    }

    private static String lastSegment(String location) {
        String path = URI.create(location).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private StoredResponse capture(ContainerResponseContext response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        MediaType type = response.getMediaType();
        String contentType = type != null ? type.toString() : response.hasEntity() ? MediaType.APPLICATION_JSON : null;
        return new StoredResponse(response.getStatus(), contentType, headers, bodyOf(response.getEntity()));
    }

    private byte[] bodyOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return objectMapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder response = Response.status(stored.status()).header(Idempotency.REPLAYED_HEADER, "true");
        stored.headers().forEach(response::header);
        if (stored.body() != null) {
            response.entity(stored.body()).type(stored.contentType());
        }
        return response.build();
    }
}
