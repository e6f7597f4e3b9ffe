package org.maillage.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenApiMerger merger = new OpenApiMerger(
            new DocumentInfo("Maillage API", "0.1.0", "The suite", "https://api.example", "Production"));

    @Test
    void keepsIdenticalComponentsOnceUnderTheirOwnName() {
        String problem = "{'type':'object','properties':{'title':{'type':'string'}}}";
        MergedOpenApi merged = merger.merge(List.of(
                source("actors", "{'paths':{'/a':{}},'components':{'schemas':{'Problem':" + problem + "}}}"),
                source("alliances", "{'paths':{'/b':{}},'components':{'schemas':{'Problem':" + problem + "}}}")),
                List.of());

        ObjectNode document = merged.document();
        assertEquals(1, document.path("components").path("schemas").size());
        assertTrue(document.path("components").path("schemas").has("Problem"));
        assertFalse(document.has("x-maillage-clashes"));
        assertFalse(merged.degraded());
    }

    @Test
    void renamesEveryDifferingDefinitionAndRewritesItsReferences() {
        MergedOpenApi merged = merger.merge(List.of(
                source("actors", "{'components':{'schemas':{"
                        + "'Kind':{'type':'string','enum':['ASSOCIATION']},"
                        + "'Actor':{'properties':{'kind':{'$ref':'#/components/schemas/Kind'}}}}}}"),
                source("alliances", "{'components':{'schemas':{"
                        + "'Kind':{'type':'string','enum':['BILATERAL']},"
                        + "'Event':{'oneOf':[{'$ref':'#/components/schemas/Kind'}],"
                        + "'discriminator':{'propertyName':'k','mapping':{'kind':'#/components/schemas/Kind'}}}}}}"),
                source("diagnostics", "{'components':{'schemas':{'Other':{'type':'string'}}}}")),
                List.of());

        ObjectNode schemas = (ObjectNode) merged.document().path("components").path("schemas");
        assertEquals(List.of("Actor", "ActorsKind", "AlliancesKind", "Event", "Other"), names(schemas));
        assertEquals("#/components/schemas/ActorsKind", schemas.at("/Actor/properties/kind/$ref").asText());
        assertEquals("#/components/schemas/AlliancesKind", schemas.at("/Event/oneOf/0/$ref").asText());
        assertEquals("#/components/schemas/AlliancesKind", schemas.at("/Event/discriminator/mapping/kind").asText());
        assertEquals("schemas/Kind", merged.document().at("/x-maillage-clashes/0/component").asText());
        assertEquals("AlliancesKind", merged.document().at("/x-maillage-clashes/0/renamedTo/alliances").asText());
    }

    @Test
    void takesTheSuiteInfoAndServerAndUnitesTags() {
        MergedOpenApi merged = merger.merge(List.of(
                source("gateway", "{'openapi':'3.1.0','info':{'title':'gateway'},'tags':[{'name':'Documentation'}]}"),
                source("actors", "{'openapi':'3.0.3','tags':[{'name':'Actors'},{'name':'Documentation'}]}")),
                List.of());

        ObjectNode document = merged.document();
        assertEquals("3.1.0", document.path("openapi").asText());
        assertEquals("Maillage API", document.at("/info/title").asText());
        assertEquals("0.1.0", document.at("/info/version").asText());
        assertEquals("https://api.example", document.at("/servers/0/url").asText());
        assertEquals(2, document.path("tags").size());
    }

    @Test
    void saysWhichServicesAreMissing() {
        MergedOpenApi merged = merger.merge(List.of(source("actors", "{'paths':{'/a':{}}}")),
                List.of(new UnavailableSource("alliances", "timed out")));

        assertTrue(merged.degraded());
        assertEquals("alliances", merged.document().at("/x-maillage-degraded/0/service").asText());
        assertEquals("timed out", merged.document().at("/x-maillage-degraded/0/reason").asText());
        assertTrue(merged.document().at("/info/description").asText().endsWith("missing: alliances (timed out)."));
    }

    private static SourceDocument source(String name, String json) {
        try {
            return new SourceDocument(name, (ObjectNode) MAPPER.readTree(json.replace('\'', '"')));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> names(ObjectNode node) {
        return node.properties().stream().map(Map.Entry::getKey).sorted().toList();
    }
}
