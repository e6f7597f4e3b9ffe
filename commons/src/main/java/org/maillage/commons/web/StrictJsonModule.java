package org.maillage.commons.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.maillage.commons.problem.StrictJsonException;

/**
 * JSON is read as the contracts type it, with no coercion: a number or boolean is not a string, a string is not a
 * number or boolean, {@code 1.5} is not an integer, a number is not an enum constant, and {@code ""} is not a
 * date, a UUID or an enum constant. UUIDs are read in canonical form only, and an array read as a set (a
 * {@code uniqueItems} array in the contract) must not repeat an item, so its size limit counts what was sent.
 * Every refusal is a 400 naming the field.
 */
@Singleton
public class StrictJsonModule implements ObjectMapperCustomizer {

    @SuppressWarnings("deprecation") // the mapper is built by Quarkus, so features are set on it, not on a builder
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("maillage-strict-json")
                .addDeserializer(UUID.class, new CanonicalUuids())
                .setDeserializerModifier(new UniqueSetItems()));
    }

    private static final class CanonicalUuids extends StdScalarDeserializer<UUID> {

        CanonicalUuids() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getText();
            try {
                return Uuids.parse(text);
            } catch (IllegalArgumentException e) {
                throw context.weirdStringException(text, UUID.class, Uuids.EXPECTATION);
            }
        }
    }

    private static final class UniqueSetItems extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription description,
                                                                JsonDeserializer<?> deserializer) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueItems(deserializer) : deserializer;
        }
    }

    /** Reads the array as sent first, so a repeated item is refused rather than merged into the set. */
    private static final class UniqueItems extends DelegatingDeserializer {

        UniqueItems(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new UniqueItems(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            JsonNode sent = context.readTree(parser);
            JsonParser items = sent.traverse(parser.getCodec());
            items.nextToken();
            Collection<?> read = (Collection<?>) _delegatee.deserialize(items, context);
            if (read.size() < sent.size()) {
                StrictJsonException repeated = new StrictJsonException(parser, handledType(),
                        "must not repeat an item of the list");
                int index = firstRepeated(sent);
                if (index >= 0) {
                    repeated.prependPath(read, index);
                }
                throw repeated;
            }
            return read;
        }

        /** The index of the first item equal to an earlier one as JSON; -1 when they differ only as Java values. */
        private static int firstRepeated(JsonNode items) {
            Set<JsonNode> seen = new HashSet<>();
            for (int index = 0; index < items.size(); index++) {
                if (!seen.add(items.get(index))) {
                    return index;
                }
            }
            return -1;
        }
    }
}
