package org.maillage.diagnostics.indicators.domain;

import java.util.regex.Pattern;

/** The periods observations and diagnostics are of: a year (2024), a quarter (2024-Q1) or a month (2024-03). */
public final class Periods {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");

    private Periods() {
    }

    public static boolean isValid(String period) {
        return period != null && FORMAT.matcher(period).matches();
    }
}
