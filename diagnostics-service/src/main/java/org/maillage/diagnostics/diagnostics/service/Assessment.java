package org.maillage.diagnostics.diagnostics.service;

import org.maillage.diagnostics.config.DiagnosticsConfig;
import org.maillage.diagnostics.diagnostics.domain.IndicatorResult;
import org.maillage.diagnostics.diagnostics.domain.Severity;
import org.maillage.diagnostics.diagnostics.repository.PeerStats;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.diagnostics.indicators.domain.ObservationBounds;
import org.maillage.diagnostics.indicators.domain.Polarity;


/**
 * The computations of one indicator of a diagnostic, without I/O so they can be checked by hand.
 *
 * <ul>
 * <li>relative gap = (value − reference) / |reference|, none when the reference is missing or zero, or when the
 * gap would exceed a billion times the reference;</li>
 * <li>percentile rank = 100 × (B + E / 2) / N, the mid-rank convention: N peers with a value (the territory
 * included), B of them in a strictly better situation (lower values when higher is worse, higher values when
 * higher is better), E with exactly the territory's value (itself included). 0 is the best situation, 100 the
 * worst; a territory alone among its peers is at 50;</li>
 * <li>severity from the percentile rank and the configured thresholds; a NEUTRAL indicator is never severe.</li>
 * </ul>
 */
public final class Assessment {

    private Assessment() {
    }

    public static IndicatorResult assess(Indicator indicator, PeerStats stats, Double reference,
                                         DiagnosticsConfig.Severity thresholds, Wording wording) {
        double value = stats.value();
        Double gap = ObservationBounds.relativeGap(value, reference);
        Double percentile = null;
        Integer worse = null;
        Integer better = null;
        Severity severity = Severity.NONE;
        if (indicator.polarity() != Polarity.NEUTRAL) {
            boolean higherIsWorse = indicator.polarity() == Polarity.HIGHER_IS_WORSE;
            better = higherIsWorse ? stats.lower() : stats.higher();
            worse = higherIsWorse ? stats.higher() : stats.lower();
            percentile = 100.0 * (better + stats.equal() / 2.0) / stats.peers();
            severity = severity(percentile, thresholds);
        }
        IndicatorResult draft = new IndicatorResult(indicator.code(), indicator.label(), indicator.unit(),
                indicator.theme(), indicator.polarity(), indicator.synthetic(), value, reference, gap, stats.peers(),
                percentile, worse, better, severity, null);
        return new IndicatorResult(draft.indicator(), draft.label(), draft.unit(), draft.theme(), draft.polarity(),
                draft.synthetic(), value, reference, gap, stats.peers(), percentile, worse, better, severity,
                Explanations.of(draft, wording, thresholds));
    }

    static Severity severity(double percentile, DiagnosticsConfig.Severity thresholds) {
        if (percentile >= thresholds.critical()) {
            return Severity.CRITICAL;
        }
        if (percentile >= thresholds.fragile()) {
            return Severity.FRAGILE;
        }
        return percentile >= thresholds.watch() ? Severity.WATCH : Severity.NONE;
    }
}
