package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The document generated for the gateway's own REST resources. Read in-process from the OpenAPI extension
 * because no public API offers it and a loopback HTTP call would need the port, only known after start.
 */
@ApplicationScoped
public class GatewayDocument {

    static final String NAME = "gateway";

    private final OpenApiDocumentService documents;
    private final ObjectMapper mapper;

    public GatewayDocument(OpenApiDocumentService documents, ObjectMapper mapper) {
        this.documents = documents;
        this.mapper = mapper;
    }

    public SourceDocument get() {
        try {
            byte[] json = documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON);
            return new SourceDocument(NAME, (ObjectNode) mapper.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
