package org.maillage.actors.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of French official numbers. SIREN and SIRET end with a Luhn check digit; the SIRETs of La Poste
 * (SIREN 356000000), too many for that scheme, instead have a digit sum that is a multiple of 5. An RNA
 * number is W, the three-character code of the registering prefecture, and a six-digit sequence.
 */
public final class OfficialNumbers {

    public static final String LA_POSTE_SIREN = "356000000";
    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern RNA = Pattern.compile("W[0-9][0-9A-Z][0-9]{7}");

    private OfficialNumbers() {
    }

    /** Spaces and dots are how these numbers are often written; they are not part of them. */
    public static String normalise(String value) {
        return value == null ? null : value.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isSiren(String value) {
        return SIREN.matcher(value).matches() && luhn(value);
    }

    public static boolean isSiret(String value) {
        if (!SIRET.matcher(value).matches()) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN)) {
            return value.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(value) && isSiren(value.substring(0, 9));
    }

    public static boolean isRna(String value) {
        return RNA.matcher(value).matches();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
