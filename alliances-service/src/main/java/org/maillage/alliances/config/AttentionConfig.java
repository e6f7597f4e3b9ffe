package org.maillage.alliances.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.maillage.alliances.domain.AttentionThresholds;

/** Thresholds of the attention flags a mediator sees in an alliance's status. */
@ConfigMapping(prefix = "maillage.alliances.attention")
public interface AttentionConfig {

    /** Days without any change after which a non-final alliance is STALLED. */
    @WithDefault("30")
    int stalledAfterDays();

    /** Balance index below which an alliance is IMBALANCED. */
    @WithDefault("0.5")
    double imbalancedBelow();

    default AttentionThresholds thresholds() {
        return new AttentionThresholds(stalledAfterDays(), imbalancedBelow());
    }
}
