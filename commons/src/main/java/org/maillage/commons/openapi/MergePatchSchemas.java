package org.maillage.commons.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.maillage.commons.http.MergePatch;

/**
 * A PATCH operation declares the schema of the resource it changes as its merge-patch body; the contract then
 * describes what a patch may hold, derived from that schema so there is one source of truth: the component
 * {@code <Input>Patch}, with every property optional and, for the properties the input does not require,
 * {@code null} (which removes them, RFC 7396).
 */
public class MergePatchSchemas implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, Schema> patches = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> mergePatchBody(operation).ifPresent(media -> {
                    String input = media.getSchema().getRef().substring(COMPONENTS.length());
                    Schema schema = schemas.get(input);
                    if (schema != null) {
                        patches.computeIfAbsent(input + "Patch", name -> patchOf(input, schema));
                        media.schema(OASFactory.createSchema().ref(COMPONENTS + input + "Patch"));
                    }
                })));
        patches.forEach(openAPI.getComponents()::addSchema);
    }

    private static Optional<MediaType> mergePatchBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return Optional.empty();
        }
        MediaType media = operation.getRequestBody().getContent().getMediaTypes().get(MergePatch.MEDIA_TYPE);
        return media != null && media.getSchema() != null && media.getSchema().getRef() != null
                && media.getSchema().getRef().startsWith(COMPONENTS)
                ? Optional.of(media) : Optional.empty();
    }

    private static Schema patchOf(String input, Schema schema) {
        Schema patch = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("JSON merge patch (RFC 7396) of the " + input + " fields: only the properties to change, each "
                        + "as in " + input + "; null removes a property " + input + " does not require");
        if (schema.getAdditionalPropertiesBoolean() != null) {
            patch.additionalPropertiesBoolean(schema.getAdditionalPropertiesBoolean());
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) ->
                    patch.addProperty(name, required.contains(name) ? property : orNull(property)));
        }
        return patch;
    }

    /** The property's schema, also allowing null; the input's own schema is left as it is. */
    private static Schema orNull(Schema property) {
        if (allowsNull(property)) {
            return property;
        }
        Schema copy = OASFactory.createSchema();
        copy.setAll(new LinkedHashMap<>(property.getAll()));
        if (property.getRef() != null) {
            copy.setRef(null);
            copy.anyOf(List.of(OASFactory.createSchema().ref(property.getRef()), nullSchema()));
        }
        if (property.getType() != null) {
            List<SchemaType> types = new ArrayList<>(property.getType());
            types.add(SchemaType.NULL);
            copy.type(types);
        } else if (property.getRef() == null) {
            copy = OASFactory.createSchema().anyOf(List.of(property, nullSchema()));
        }
        if (property.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(property.getEnumeration());
            values.add(null);
            copy.enumeration(values);
        }
        return copy;
    }

    private static boolean allowsNull(Schema schema) {
        return (schema.getType() != null && schema.getType().contains(SchemaType.NULL))
                || (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(MergePatchSchemas::allowsNull));
    }

    private static Schema nullSchema() {
        return OASFactory.createSchema().type(List.of(SchemaType.NULL));
    }
}
