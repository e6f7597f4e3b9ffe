package org.maillage.gateway.feed;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Event type patterns as clients write them: an exact type, or {@code *} standing for any characters
 * ({@code org.maillage.alliance.*}, or {@code *} for everything).
 */
public final class TypePatterns {

    public static final int MAX_LENGTH = 200;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._*-]{1," + MAX_LENGTH + "}");

    private TypePatterns() {
    }

    public static boolean valid(String pattern) {
        return pattern != null && VALID.matcher(pattern).matches();
    }

    public static boolean matches(String pattern, String type) {
        return Pattern.compile(toRegex(pattern)).matcher(type).matches();
    }

    public static boolean anyMatches(List<String> patterns, String type) {
        return patterns.stream().anyMatch(pattern -> matches(pattern, type));
    }

    /** The SQL LIKE form, with {@code \} as escape: only {@code _} needs escaping among the valid characters. */
    public static String toLike(String pattern) {
        return pattern.replace("_", "\\_").replace('*', '%');
    }

    private static String toRegex(String pattern) {
        return java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
    }
}
