package org.maillage.commons.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import org.maillage.commons.problem.PreconditionFailedException;

/**
 * Strong entity tags built from a resource's optimistic-locking version, and the If-Match check of
 * PUT, PATCH and DELETE. Without If-Match a write applies to the current version (last writer wins); with
 * it, a stale version is refused with 412 so concurrent editors never overwrite each other silently.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    /** Longer If-Match values never match: a few tags fit, and a caller cannot make the check scan a huge list. */
    public static final int MAX_IF_MATCH_LENGTH = 256;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The ETag header value of a version, quotes included: {@code "3"}. */
    public static String headerValue(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Throws 412 unless the If-Match header is absent, {@code *}, or lists the current version's tag. The
     * comparison is strong (RFC 9110): a weak tag such as {@code W/"3"} never matches.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (!matches(ifMatch, currentVersion)) {
            throw new PreconditionFailedException("If-Match " + ifMatch.strip() + " does not match the current version "
                    + headerValue(currentVersion) + "; read the resource again and retry");
        }
    }

    public static boolean matches(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            return false;
        }
        String current = headerValue(currentVersion);
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }

    /** The version an If-Match header names when it names exactly one, else null. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            return null;
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
