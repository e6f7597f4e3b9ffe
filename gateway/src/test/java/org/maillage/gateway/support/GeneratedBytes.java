package org.maillage.gateway.support;

import io.vertx.core.buffer.Buffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A reproducible byte sequence, so a large body can be checked without keeping a copy of it. */
public final class GeneratedBytes {

    private GeneratedBytes() {
    }

    static byte at(long position) {
        return (byte) ((position * 31 + position / 251) % 256);
    }

    static Buffer chunk(long from, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = at(from + i);
        }
        return Buffer.buffer(bytes);
    }

    public static byte[] of(int length) {
        return chunk(0, length).getBytes();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
