package org.maillage.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The admin API key of a local installation: made once per data directory and kept in a file only its owner
 * can read, so scripts can use it; the gateway is given only its SHA-256.
 */
final class LocalAdminKey {

    static final String FILE_NAME = "admin-api-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalAdminKey() {
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The key kept in the data directory, created on first use. */
    static String ensure(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (Files.isRegularFile(file)) {
            String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!existing.isEmpty()) {
                return existing;
            }
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "mlg_local_admin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the directory's default permissions.
        }
        return key;
    }

    static String sha256Hex(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
