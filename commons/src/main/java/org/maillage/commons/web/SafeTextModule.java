package org.maillage.commons.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.maillage.commons.problem.UnsafeTextException;

/**
 * Every string read from JSON — field values, array items, map keys — is refused when it is not
 * {@link SafeText safe}, so a NUL byte or a lone surrogate is a 400 naming the field, never a database error.
 */
@Singleton
public class SafeTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("maillage-safe-text")
                .addDeserializer(String.class, new SafeStrings())
                .addKeyDeserializer(String.class, new SafeKeys()));
    }

    private static final class SafeStrings extends StdScalarDeserializer<String> {

        SafeStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !SafeText.isSafe(value)) {
                throw new UnsafeTextException(parser);
            }
            return value;
        }
    }

    private static final class SafeKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (!SafeText.isSafe(key)) {
                throw new UnsafeTextException(context.getParser());
            }
            return key;
        }
    }
}
