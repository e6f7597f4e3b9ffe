package org.maillage.diagnostics.diagnostics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.config.DiagnosticsConfig;
import org.maillage.diagnostics.diagnostics.domain.IndicatorResult;
import org.maillage.diagnostics.diagnostics.domain.Severity;
import org.maillage.diagnostics.diagnostics.repository.PeerStats;
import org.maillage.diagnostics.indicators.domain.Aggregation;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.diagnostics.indicators.domain.IndicatorDefinition;
import org.maillage.diagnostics.indicators.domain.Polarity;

class AssessmentTest {

    private static final DiagnosticsConfig.Severity THRESHOLDS = new DiagnosticsConfig.Severity() {
        public double watch() { return 75; }
        public double fragile() { return 90; }
        public double critical() { return 97.5; }
    };
    private static final Wording WORDING = new Wording("Somewhere", "for France as a whole", "communes of France");

    @Test
    void worstOfAHundredIsCritical() {
        // 99 lower, itself equal: 100 × (99 + 0.5) / 100 = 99.5.
        IndicatorResult r = assess(Polarity.HIGHER_IS_WORSE, new PeerStats("x", 50, 100, 99, 1, 0), 40.0);
        assertEquals(99.5, r.percentileRank(), 1e-9);
        assertEquals(Severity.CRITICAL, r.severity());
        assertEquals(0.25, r.relativeGap(), 1e-9);
        assertEquals("x label is 50 % in Somewhere, against 40 % for France as a whole: 25 % higher, which is worse."
                + " Of the 100 communes of France with a value, 0 are in a worse situation and 99 in a better one."
                + " Critical: among the 2.5 % most fragile.", r.explanation());
    }

    @Test
    void higherIsBetterReversesTheRank() {
        // Same figures, but higher is better: the 99 lower values are worse situations: 100 × 0.5 / 100 = 0.5.
        IndicatorResult r = assess(Polarity.HIGHER_IS_BETTER, new PeerStats("x", 50, 100, 99, 1, 0), 40.0);
        assertEquals(0.5, r.percentileRank(), 1e-9);
        assertEquals(Severity.NONE, r.severity());
        assertEquals(99, r.worsePeers());
    }

    @Test
    void thresholdsAreInclusiveAndNeutralIsNeverSevere() {
        assertEquals(Severity.WATCH, Assessment.severity(75, THRESHOLDS));
        assertEquals(Severity.NONE, Assessment.severity(74.99, THRESHOLDS));
        assertEquals(Severity.FRAGILE, Assessment.severity(90, THRESHOLDS));
        assertEquals(Severity.CRITICAL, Assessment.severity(97.5, THRESHOLDS));
        IndicatorResult neutral = assess(Polarity.NEUTRAL, new PeerStats("x", 50, 100, 99, 1, 0), 0.0);
        assertNull(neutral.percentileRank());
        assertNull(neutral.relativeGap(), "no gap against a zero reference");
        assertEquals(Severity.NONE, neutral.severity());
    }

    private static IndicatorResult assess(Polarity polarity, PeerStats stats, Double reference) {
        Indicator indicator = new Indicator("x", new IndicatorDefinition("x label", null, "%", null, polarity,
                Aggregation.POPULATION_WEIGHTED_MEAN, "test"), false);
        return Assessment.assess(indicator, stats, reference, THRESHOLDS, WORDING);
    }
}
