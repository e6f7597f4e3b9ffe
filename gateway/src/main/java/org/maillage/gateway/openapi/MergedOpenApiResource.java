package org.maillage.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves the merged OpenAPI document of the whole suite, the contract clients generate code from. */
@Path("/")
@Tag(name = "Documentation", description = "The API contract of the whole suite")
public class MergedOpenApiResource {

    static final String YAML = "application/yaml";

    private final MergedOpenApiService service;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();

    public MergedOpenApiResource(MergedOpenApiService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Path("openapi")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApiJson", summary = "The suite's OpenAPI document, in JSON",
            description = "Merged from the documents of every service. When a service cannot be reached its part "
                    + "is missing and the document lists it under x-maillage-degraded.")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public CompletionStage<String> json() {
        return service.current().map(merged -> write(json, merged)).toCompletionStage();
    }

    @GET
    @Path("openapi.yaml")
    @Produces(YAML)
    @Operation(operationId = "getOpenApiYaml", summary = "The suite's OpenAPI document, in YAML",
            description = "The same document as /openapi, in YAML.")
    // A YAML text, not an object: bounded well above the suite's document (under a megabyte).
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document",
            content = @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING, maxLength = 16_777_216)))
    public CompletionStage<String> yaml() {
        return service.current().map(merged -> write(yaml, merged)).toCompletionStage();
    }

    private static String write(ObjectMapper mapper, MergedOpenApi merged) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(merged.document());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
