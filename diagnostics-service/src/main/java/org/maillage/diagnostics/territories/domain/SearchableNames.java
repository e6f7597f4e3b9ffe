package org.maillage.diagnostics.territories.domain;

import java.text.Normalizer;

/** Normal form of place names for accent- and punctuation-insensitive search: "L'Île-d'Yeu" is "l ile d yeu". */
public final class SearchableNames {

    private SearchableNames() {
    }

    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder normalised = new StringBuilder(decomposed.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isSeparator(c)) {
                pendingSeparator = normalised.length() > 0;
                continue;
            }
            if (pendingSeparator) {
                normalised.append(' ');
                pendingSeparator = false;
            }
            appendLowerCase(normalised, c);
        }
        return normalised.toString();
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’';
    }

    private static void appendLowerCase(StringBuilder normalised, char c) {
        switch (c) {
            case 'œ', 'Œ' -> normalised.append("oe");
            case 'æ', 'Æ' -> normalised.append("ae");
            default -> normalised.append(Character.toLowerCase(c));
        }
    }
}
