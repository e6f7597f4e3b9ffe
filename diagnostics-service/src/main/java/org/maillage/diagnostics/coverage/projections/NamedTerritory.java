package org.maillage.diagnostics.coverage.projections;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A territory as another service's event names it: {@code "DEPARTEMENT:93"} (what the actor registry publishes),
 * {@code {"code": "93", "level": "DEPARTEMENT"}} or a bare {@code "93"}.
 */
public record NamedTerritory(String code, String level) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public NamedTerritory(@JsonProperty("code") String code, @JsonProperty("level") String level) {
        this.code = code;
        this.level = level;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static NamedTerritory of(String name) {
        return new NamedTerritory(name, null);
    }

    /** The name the territory rules read: "LEVEL:code" when the level is given apart, else the code as written. */
    String name() {
        return code == null || level == null || code.indexOf(':') >= 0 ? code : level + ":" + code;
    }
}
