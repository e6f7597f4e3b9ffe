package org.maillage.territory;

import java.util.Objects;

/**
 * Identifies a territory. The code alone is not enough: every région code is also a département code
 * (11 is Île-de-France and Aude).
 */
public record TerritoryKey(TerritoryLevel level, String code) {

    public TerritoryKey {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
    }
}
