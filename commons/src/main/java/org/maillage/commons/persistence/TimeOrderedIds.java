package org.maillage.commons.persistence;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Row ids as version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Rows created
 * together get neighbouring ids, so their primary-key and foreign-key B-tree entries land on the same few
 * pages instead of one random page each of a large index — what made bulk imports into a big registry slow.
 * Ids stay unique without coordination; they reveal when a row was created, which every resource shows anyway.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
