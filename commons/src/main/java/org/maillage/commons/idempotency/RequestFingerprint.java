package org.maillage.commons.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request body. A JSON body is canonicalised first (members sorted, insignificant whitespace
 * dropped) so that a client re-serialising the same payload is recognised as sending the same body.
 */
final class RequestFingerprint {

    private final ObjectMapper canonical;

    RequestFingerprint(ObjectMapper objectMapper) {
        this.canonical = objectMapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    String of(String mediaType, byte[] body) {
        return sha256(isJson(mediaType) ? canonicalJson(body) : body);
    }

    private byte[] canonicalJson(byte[] body) {
        try {
            Object tree = canonical.readValue(body, Object.class);
            return canonical.writeValueAsBytes(tree);
        } catch (IOException e) {
            // Not JSON after all: the request will fail on its own; its raw bytes identify it.
            return body;
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.startsWith("application/json") || mediaType.contains("+json"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
