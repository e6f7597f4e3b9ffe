package org.maillage.commons.web;

/**
 * Text PostgreSQL can store and every client can read back: no NUL character (a {@code text} column refuses
 * it, which would surface as a database error) and no unpaired UTF-16 surrogate (it has no UTF-8 form, so it
 * would be stored mangled).
 */
public final class SafeText {

    public static final String EXPECTATION = "must not contain NUL characters or unpaired surrogates";

    private SafeText() {
    }

    public static boolean isSafe(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
