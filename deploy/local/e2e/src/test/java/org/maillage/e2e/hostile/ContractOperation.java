package org.maillage.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One operation of the merged contract: its path template, parameters and request body schema. */
record ContractOperation(String method, String path, List<JsonNode> pathParameters, List<JsonNode> queryParameters,
                         String bodyType, JsonNode bodySchema) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    static List<ContractOperation> all(JsonNode contract) {
        List<ContractOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(of(method, path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    private static ContractOperation of(String method, String path, JsonNode operation) {
        List<JsonNode> pathParameters = new ArrayList<>();
        List<JsonNode> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            switch (parameter.path("in").asText()) {
                case "path" -> pathParameters.add(parameter);
                case "query" -> queryParameters.add(parameter);
                default -> { }
            }
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        for (Iterator<Map.Entry<String, JsonNode>> types = operation.path("requestBody").path("content").fields();
             types.hasNext() && bodyType == null; ) {
            Map.Entry<String, JsonNode> type = types.next();
            bodyType = type.getKey();
            bodySchema = type.getValue().path("schema");
        }
        return new ContractOperation(method.toUpperCase(), path, pathParameters, queryParameters, bodyType, bodySchema);
    }

    boolean jsonBody() {
        return bodyType != null && bodyType.endsWith("json");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
