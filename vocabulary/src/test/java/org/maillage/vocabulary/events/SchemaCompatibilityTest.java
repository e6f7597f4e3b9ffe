package org.maillage.vocabulary.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = """
            {"type": "object", "additionalProperties": false, "required": ["id", "state"],
             "properties": {
               "id": {"type": "string", "format": "uuid", "maxLength": 36},
               "state": {"type": "string", "enum": ["OPEN", "CLOSED"]},
               "note": {"type": ["string", "null"], "maxLength": 200},
               "count": {"type": "integer", "minimum": 0, "maximum": 100},
               "tags": {"type": "array", "maxItems": 10, "items": {"type": "string", "maxLength": 20}},
               "meta": {"type": "object", "properties": {"source": {"type": "string", "maxLength": 50}}}}}""";

    @Test
    void anIdenticalSchemaHasNoDifference() throws IOException {
        assertEquals(List.of(), SchemaCompatibility.compare(schema(BASE), schema(BASE)));
    }

    @Test
    void aRemovedPropertyBreaks() throws IOException {
        assertBreaking("/properties/note", BASE.replace("""
                "note": {"type": ["string", "null"], "maxLength": 200},""", ""));
    }

    @Test
    void aChangedTypeBreaks() throws IOException {
        assertBreaking("/properties/count/type", BASE.replace("""
                "count": {"type": "integer\"""", """
                "count": {"type": "string\""""));
    }

    @Test
    void aTypeNoLongerNullableBreaks() throws IOException {
        assertBreaking("/properties/note/type", BASE.replace("[\"string\", \"null\"]", "\"string\""));
    }

    @Test
    void aNewlyRequiredPropertyBreaks() throws IOException {
        assertBreaking("/required", BASE.replace("[\"id\", \"state\"]", "[\"id\", \"state\", \"note\"]"));
    }

    @Test
    void aNarrowedEnumBreaks() throws IOException {
        assertBreaking("/properties/state/enum", BASE.replace("[\"OPEN\", \"CLOSED\"]", "[\"OPEN\"]"));
    }

    @Test
    void additionalPropertiesTightenedBreaks() throws IOException {
        assertBreaking("/properties/meta/additionalProperties",
                BASE.replace("\"meta\": {\"type\": \"object\",", "\"meta\": {\"type\": \"object\", \"additionalProperties\": false,"));
    }

    @Test
    void aTighterBoundOrANewPatternBreaks() throws IOException {
        assertBreaking("/properties/tags/maxItems", BASE.replace("\"maxItems\": 10", "\"maxItems\": 5"));
        assertBreaking("/properties/count/minimum", BASE.replace("\"minimum\": 0", "\"minimum\": 1"));
        assertBreaking("/properties/tags/items/pattern",
                BASE.replace("\"maxLength\": 20}", "\"maxLength\": 20, \"pattern\": \"^[a-z]+$\"}"));
    }

    @Test
    void aChangeInsideANestedObjectIsFound() throws IOException {
        assertBreaking("/properties/meta/properties/source", BASE.replace("""
                {"source": {"type": "string", "maxLength": 50}}""", "{}"));
    }

    @Test
    void aNewOptionalPropertyIsAdditive() throws IOException {
        assertAdditive("/properties/origin", BASE.replace("""
                "count": {""", """
                "origin": {"type": "string", "maxLength": 10}, "count": {"""));
    }

    @Test
    void aNewEnumValueIsAdditive() throws IOException {
        assertAdditive("/properties/state/enum", BASE.replace("[\"OPEN\", \"CLOSED\"]", "[\"OPEN\", \"CLOSED\", \"PAUSED\"]"));
    }

    @Test
    void looserRulesAreAdditive() throws IOException {
        assertAdditive("/properties/count/type", BASE.replace("\"type\": \"integer\"", "\"type\": [\"integer\", \"null\"]"));
        assertAdditive("/properties/tags/maxItems", BASE.replace("\"maxItems\": 10", "\"maxItems\": 50"));
        assertAdditive("/required", BASE.replace("[\"id\", \"state\"]", "[\"id\"]"));
        assertAdditive("/additionalProperties", BASE.replace("\"additionalProperties\": false, ", ""));
    }

    @Test
    void aNewDescriptionIsNoDifference() throws IOException {
        assertEquals(List.of(), SchemaCompatibility.compare(schema(BASE),
                schema(BASE.replace("\"format\": \"uuid\"", "\"format\": \"uuid\", \"description\": \"The id\""))));
    }

    private static void assertBreaking(String at, String newer) throws IOException {
        List<SchemaCompatibility.Difference> differences = SchemaCompatibility.compare(schema(BASE), schema(newer));
        assertTrue(differences.stream().anyMatch(d -> d.breaking() && d.at().equals(at)),
                "expected a breaking difference at " + at + ", found " + differences);
        assertTrue(SchemaCompatibility.breaks(differences));
    }

    private static void assertAdditive(String at, String newer) throws IOException {
        List<SchemaCompatibility.Difference> differences = SchemaCompatibility.compare(schema(BASE), schema(newer));
        assertTrue(differences.stream().anyMatch(d -> !d.breaking() && d.at().equals(at)),
                "expected an additive difference at " + at + ", found " + differences);
        assertFalse(SchemaCompatibility.breaks(differences), differences.toString());
    }

    private static JsonNode schema(String json) throws IOException {
        return JSON.readTree(json);
    }
}
