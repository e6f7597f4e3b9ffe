package org.maillage.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Key format {@code mlk_<prefix>_<secret>}: the prefix finds the stored row, the 256-bit random secret proves
 * possession. A fast hash is enough because the secret is random, not a password anyone could guess.
 */
public final class ApiKeySecrets {

    private static final String MARK = "mlk_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A presented key split into its lookup prefix and the hash of the whole key. */
    public record Presented(String prefix, String sha256) {
    }

    private ApiKeySecrets() {
    }

    public static String newPrefix() {
        return HexFormat.of().formatHex(randomBytes(8));
    }

    public static String newKey(String prefix) {
        return MARK + prefix + "_" + ENCODER.encodeToString(randomBytes(32));
    }

    public static Optional<Presented> parse(String key) {
        if (key == null || !key.startsWith(MARK)) {
            return Optional.empty();
        }
        int separator = key.indexOf('_', MARK.length());
        if (separator < 0 || separator == MARK.length() || separator == key.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Presented(key.substring(MARK.length(), separator), sha256(key)));
    }

    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares hashes in constant time, so timing tells nothing about how close a guess was. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
