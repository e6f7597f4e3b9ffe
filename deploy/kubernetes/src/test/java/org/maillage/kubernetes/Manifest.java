package org.maillage.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Kubernetes object as written or rendered, with where it comes from for messages. */
record Manifest(ObjectNode body, String source) {

    String apiVersion() {
        return body.path("apiVersion").asText();
    }

    String kind() {
        return body.path("kind").asText();
    }

    String name() {
        return body.path("metadata").path("name").asText();
    }

    JsonNode spec() {
        return body.path("spec");
    }

    /** The API group without its version: {@code apps}, {@code kafka.strimzi.io}, or empty for the core group. */
    String group() {
        String apiVersion = apiVersion();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    boolean is(String kind, String name) {
        return kind().equals(kind) && name().equals(name);
    }

    Manifest with(ObjectNode newBody) {
        return new Manifest(newBody, source);
    }

    @Override
    public String toString() {
        return kind() + "/" + name() + " (" + source + ")";
    }
}
