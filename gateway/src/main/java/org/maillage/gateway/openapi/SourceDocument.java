package org.maillage.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI document of one part of the suite, named after the service (or "gateway") that produced it. */
public record SourceDocument(String name, ObjectNode document) {
}
