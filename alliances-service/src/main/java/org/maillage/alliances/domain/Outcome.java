package org.maillage.alliances.domain;

/** How a closed alliance ended. */
public enum Outcome {
    ACHIEVED,
    SCALED,
    HANDED_OVER,
    DISCONTINUED
}
