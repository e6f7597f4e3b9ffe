package org.maillage.diagnostics.indicators.service;

/** Why one row (or one cell) of an import was refused. */
public record Rejection(int line, String column, String value, String code, String reason) {

    /** A column name or a value echoed back is cut: it comes from the client's file and may be of any length. */
    public static final int MAX_ECHO = 200;
    /** A reason is a sentence around at most two echoed texts. */
    public static final int MAX_REASON = 1000;

    public Rejection {
        column = clip(column, MAX_ECHO);
        value = clip(value, MAX_ECHO);
        reason = clip(reason, MAX_REASON);
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
