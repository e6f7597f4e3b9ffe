package org.maillage.actors.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.service.ActorBulk;
import org.maillage.actors.service.BulkOutcome;
import org.maillage.commons.problem.Problem;

@Path("/api/v1/actors/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorBulkResource {

    static final String NDJSON = "application/x-ndjson";
    /** The gateway refuses bodies over 1 MB (maillage.gateway.security.max-body-bytes) here. */
    static final int BULK_BODY_MAX_CHARS = 1_048_576;
    private final BulkReader reader;
    private final ActorBulk bulk;

    public ActorBulkResource(BulkReader reader, ActorBulk bulk) {
        this.reader = reader;
        this.bulk = bulk;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(operationId = "bulkUpsertActors", summary = "Import up to 1000 organisations at once",
            description = "Each item is an ActorInput, matched to an existing actor by its first known external ref, else "
                    + "by its first known identifier; matched actors are replaced, others registered. Every item gets a "
                    + "result; a bad item never rejects the others, and no item is ever half-written. Events as for "
                    + "single writes.")
    @RequestBody(content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ActorInput.class,
                maxItems = BulkReader.MAX_ITEMS),
                examples = @ExampleObject(name = "two actors", value = "[{\"name\": \"Ambérieu Solidarités\", \"kind\": \"ASSOCIATION\", "
                        + "\"externalRefs\": [{\"system\": \"civicrm-bugey\", \"id\": \"1842\"}]}, "
                        + "{\"name\": \"Ville de Bourg-en-Bresse\", \"kind\": \"LOCAL_AUTHORITY\"}]")),
        // No example here: tools read a JSON-looking example as an object, not as the text of NDJSON lines.
        @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = BULK_BODY_MAX_CHARS,
                description = "One ActorInput per line, e.g. {\"name\": \"Ville de Bourg-en-Bresse\", "
                        + "\"kind\": \"LOCAL_AUTHORITY\"}"))})
    @APIResponse(responseCode = "200", description = "One result per item",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON array, malformed JSON, or not 1 to 1000 items")
    public BulkResult upsert(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        boolean ndjson = contentType != null && contentType.startsWith(NDJSON);
        List<BulkItemResult> results = bulk.upsert(reader.read(body, ndjson)).stream().map(ActorBulkResource::result).toList();
        return BulkResult.of(results);
    }

    private static BulkItemResult result(BulkOutcome outcome) {
        if (outcome.problem() != null) {
            var p = outcome.problem();
            return new BulkItemResult(outcome.index(), "ERROR", null, null, new Problem(Problem.type(p.typeSlug()),
                    p.title(), p.status(), p.getMessage(), null, p.errors(), null));
        }
        return new BulkItemResult(outcome.index(), outcome.outcome().name(), outcome.actorId(), outcome.version(), null);
    }
}
