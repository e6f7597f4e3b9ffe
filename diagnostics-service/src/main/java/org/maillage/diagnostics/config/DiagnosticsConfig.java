package org.maillage.diagnostics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.maillage.diagnostics.diagnostics.domain.Severity;

/** Settings of the diagnostics service. */
@ConfigMapping(prefix = "maillage.diagnostics")
public interface DiagnosticsConfig {

    /** Period under which the legal populations of the territorial reference are published as the population indicator. */
    @WithDefault("2026")
    String populationPeriod();

    DemoData demoData();

    Severity severity();

    /** The clearly labelled synthetic dataset loaded so that a local suite is useful out of the box. */
    interface DemoData {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("20240101")
        long seed();

        @WithDefault("2024")
        String period();
    }

    /**
     * Severity of an indicator from its percentile rank among peers (0 = best situation, 100 = worst): at or
     * above {@code watch} it is WATCH, at or above {@code fragile} FRAGILE, at or above {@code critical} CRITICAL.
     */
    interface Severity {
        @WithDefault("75")
        double watch();

        @WithDefault("90")
        double fragile();

        @WithDefault("97.5")
        double critical();
    }
}
