package org.maillage.commons.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.maillage.commons.http.MergePatch;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.JsonPaths;

/**
 * Checks a JSON request body before it is read: no UTF-8 byte-order mark, no key repeated within an object
 * (Jackson would keep the last one), and no {@code null} member or item except in a merge patch, where null
 * removes a field. Each refusal is a 400 naming the field. Done on the bytes as sent, so that merging a patch
 * onto the current state and converting the result stays free of these rules.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    private static final JsonFactory SCANNER = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        check(body, isMergePatch(type));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * Refuses a JSON document with a byte-order mark, a repeated key or, unless {@code nullsRemoveFields}, a null;
     * for bodies read outside JAX-RS too. Malformed JSON is left for the reader to report.
     */
    public static void check(byte[] json, boolean nullsRemoveFields) {
        if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
            throw new BadRequestException("The body starts with a byte-order mark; send UTF-8 JSON without one",
                    List.of(new FieldError("", "ByteOrderMark", "must not start with a byte-order mark")));
        }
        try (JsonParser parser = SCANNER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NULL && !nullsRemoveFields) {
                    String field = JsonPaths.of(parser.getParsingContext());
                    throw new BadRequestException("Field '" + field + "' is null: leave a field out to give it no "
                            + "value (null removes a field only in a merge patch, " + MergePatch.MEDIA_TYPE + ")",
                            List.of(new FieldError(field, "NotNull", "must not be null; leave the field out instead")));
                }
            }
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
                String key = e.getProcessor() == null ? "" : JsonPaths.of(e.getProcessor().getParsingContext());
                throw new BadRequestException("Field '" + key + "' is given more than once",
                        List.of(new FieldError(key, "DuplicateKey", "must appear only once in its object")));
            }
        } catch (IOException e) {
            // Unreadable JSON: the body reader answers it as malformed.
        }
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return "application".equalsIgnoreCase(type.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"));
    }

    private static boolean isMergePatch(MediaType type) {
        return MergePatch.MEDIA_TYPE.equalsIgnoreCase(type.getType() + "/" + type.getSubtype());
    }
}
