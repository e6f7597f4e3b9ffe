package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The suite's OpenAPI document, and which services are missing from it. */
public record MergedOpenApi(ObjectNode document, List<UnavailableSource> unavailable) {

    public MergedOpenApi {
        unavailable = List.copyOf(unavailable);
    }

    public boolean degraded() {
        return !unavailable.isEmpty();
    }
}
