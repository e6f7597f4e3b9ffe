package org.maillage.alliances.domain;

/** When an alliance is flagged: days without activity for STALLED, balance index below which IMBALANCED. */
public record AttentionThresholds(int stalledAfterDays, double imbalancedBelow) {
}
