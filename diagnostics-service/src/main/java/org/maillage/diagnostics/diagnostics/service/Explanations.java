package org.maillage.diagnostics.diagnostics.service;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.maillage.diagnostics.config.DiagnosticsConfig;
import org.maillage.diagnostics.diagnostics.domain.IndicatorResult;
import org.maillage.diagnostics.indicators.domain.Polarity;

/** Sentences a non-statistician understands, built from the figures of one indicator. */
final class Explanations {

    private Explanations() {
    }

    /** Cut at IndicatorResult.MAX_EXPLANATION: only absurd figures (values near 1e300) could make it longer. */
    static String of(IndicatorResult r, Wording wording, DiagnosticsConfig.Severity thresholds) {
        String text = sentences(r, wording, thresholds);
        return text.length() <= IndicatorResult.MAX_EXPLANATION ? text
                : text.substring(0, IndicatorResult.MAX_EXPLANATION - 1) + "…";
    }

    private static String sentences(IndicatorResult r, Wording wording, DiagnosticsConfig.Severity thresholds) {
        StringBuilder text = new StringBuilder();
        text.append(r.label()).append(" is ").append(amount(r.value(), r.unit())).append(" in ").append(wording.territory());
        if (r.referenceValue() == null) {
            text.append(" (no reference value ").append(wording.reference()).append(").");
        } else {
            text.append(", against ").append(amount(r.referenceValue(), r.unit())).append(' ').append(wording.reference());
            text.append(gap(r)).append('.');
        }
        if (r.polarity() == Polarity.NEUTRAL) {
            return text.append(" A descriptive indicator: never a fragility in itself.").toString();
        }
        text.append(" Of the ").append(r.peerCount()).append(' ').append(wording.peers()).append(" with a value, ")
                .append(r.worsePeers()).append(r.worsePeers() == 1 ? " is" : " are").append(" in a worse situation and ")
                .append(r.betterPeers()).append(" in a better one.");
        return text.append(' ').append(verdict(r, thresholds)).toString();
    }

    private static String gap(IndicatorResult r) {
        if (r.relativeGap() == null) {
            return "";
        }
        if (r.relativeGap() == 0) {
            return ": the same";
        }
        boolean higher = r.relativeGap() > 0;
        String judgement = r.polarity() == Polarity.NEUTRAL ? ""
                : (higher == (r.polarity() == Polarity.HIGHER_IS_WORSE)) ? ", which is worse" : ", which is better";
        return ": " + percent(Math.abs(r.relativeGap()) * 100) + " % " + (higher ? "higher" : "lower") + judgement;
    }

    private static String verdict(IndicatorResult r, DiagnosticsConfig.Severity thresholds) {
        return switch (r.severity()) {
            case CRITICAL -> "Critical: among the " + percent(100 - thresholds.critical()) + " % most fragile.";
            case FRAGILE -> "A fragility: among the " + percent(100 - thresholds.fragile()) + " % most fragile.";
            case WATCH -> "To watch: among the " + percent(100 - thresholds.watch()) + " % most fragile.";
            case NONE -> "Not a fragility.";
        };
    }

    private static String amount(double value, String unit) {
        return number(value) + ("%".equals(unit) ? " %" : " " + unit);
    }

    private static String number(double value) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    private static String percent(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }
}
