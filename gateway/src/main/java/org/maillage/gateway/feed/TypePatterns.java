package org.maillage.gateway.feed;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Event type patterns as clients write them: an exact type, or {@code *} standing for any characters
 * ({@code org.maillage.alliance.*}, or {@code *} for everything), at most {@value #MAX_WILDCARDS} of them.
 *
 * <p>Matched without regular expressions, which backtrack: the literal pieces between wildcards are found in
 * order, each at its leftmost place after the one before (the first anchored at the start, the last at the
 * end). Taking the leftmost place never loses a match, so nothing is ever tried again: at most O(n·m) for a
 * type of length n and a pattern of length m, whatever the pattern.
 */
public final class TypePatterns {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WILDCARDS = 3;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._*-]{1," + MAX_LENGTH + "}");

    private TypePatterns() {
    }

    /** Allowed characters and length only; see {@link #tooManyWildcards} for the other limit. */
    public static boolean valid(String pattern) {
        return pattern != null && VALID.matcher(pattern).matches();
    }

    public static boolean tooManyWildcards(String pattern) {
        return pattern.chars().filter(c -> c == '*').count() > MAX_WILDCARDS;
    }

    public static boolean matches(String pattern, String type) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(type);
        }
        int last = pattern.lastIndexOf('*');
        String head = pattern.substring(0, star);
        String tail = pattern.substring(last + 1);
        if (type.length() < head.length() + tail.length() || !type.startsWith(head) || !type.endsWith(tail)) {
            return false;
        }
        int from = head.length();
        int end = type.length() - tail.length();
        String middle = last > star ? pattern.substring(star + 1, last) : "";
        for (String piece : middle.split("\\*")) {
            int at = type.indexOf(piece, from);
            if (at < 0 || at + piece.length() > end) {
                return false;
            }
            from = at + piece.length();
        }
        return true;
    }

    public static boolean anyMatches(List<String> patterns, String type) {
        return patterns.stream().anyMatch(pattern -> matches(pattern, type));
    }

    /** The SQL LIKE form, with {@code \} as escape: only {@code _} needs escaping among the valid characters. */
    public static String toLike(String pattern) {
        return pattern.replace("_", "\\_").replace('*', '%');
    }
}
