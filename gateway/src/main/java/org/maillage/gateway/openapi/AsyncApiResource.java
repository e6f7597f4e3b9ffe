package org.maillage.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves the AsyncAPI document of the suite's events, beside the OpenAPI one. */
@Path("/")
@Tag(name = "Documentation")
public class AsyncApiResource {

    private final String json;
    private final String yaml;

    public AsyncApiResource(AsyncApiDocument document, ObjectMapper mapper) {
        this.json = write(mapper, document);
        this.yaml = write(new YAMLMapper(), document);
    }

    @GET
    @Path("asyncapi")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAsyncApiJson", summary = "The AsyncAPI document of the suite's events, in JSON",
            description = "AsyncAPI 3.0: the Kafka topics, their messages (one per event type) with the CloudEvents "
                    + "headers, the key and the data schema, the same schemas as the webhooks section of /openapi.")
    @APIResponse(responseCode = "200", description = "AsyncAPI 3 document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public String json() {
        return json;
    }

    @GET
    @Path("asyncapi.yaml")
    @Produces(MergedOpenApiResource.YAML)
    @Operation(operationId = "getAsyncApiYaml", summary = "The AsyncAPI document of the suite's events, in YAML",
            description = "The same document as /asyncapi, in YAML.")
    @APIResponse(responseCode = "200", description = "AsyncAPI 3 document",
            content = @Content(mediaType = MergedOpenApiResource.YAML, schema = @Schema(type = SchemaType.OBJECT)))
    public String yaml() {
        return yaml;
    }

    private static String write(ObjectMapper mapper, AsyncApiDocument document) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document.get());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
