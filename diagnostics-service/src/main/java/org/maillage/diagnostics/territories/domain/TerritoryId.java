package org.maillage.diagnostics.territories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/** Primary key of {@link Territory}: codes are unique only within a level. */
@Embeddable
public class TerritoryId implements Serializable {

    @Column(name = "code")
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    private TerritoryLevel level;

    protected TerritoryId() {
    }

    public String code() {
        return code;
    }

    public TerritoryLevel level() {
        return level;
    }

    public TerritoryKey key() {
        return new TerritoryKey(level, code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TerritoryId id && code.equals(id.code) && level == id.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level);
    }
}
