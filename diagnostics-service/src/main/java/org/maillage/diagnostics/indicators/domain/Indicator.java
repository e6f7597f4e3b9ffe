package org.maillage.diagnostics.indicators.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.VersionedEntity;
import org.maillage.vocabulary.Theme;

/** An entry of the indicator catalogue. */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity {

    @Id
    private String code;
    private String label;
    private String description;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Theme theme;
    @Enumerated(EnumType.STRING)
    private Polarity polarity;
    @Enumerated(EnumType.STRING)
    private Aggregation aggregation;
    private String source;
    /** Generated demo data, never real statistics. */
    private boolean synthetic;

    protected Indicator() {
    }

    public Indicator(String code, IndicatorDefinition definition, boolean synthetic) {
        this.code = code;
        this.synthetic = synthetic;
        created(DatabaseClock.now());
        apply(definition);
    }

    public final void apply(IndicatorDefinition definition) {
        this.label = definition.label();
        this.description = definition.description();
        this.unit = definition.unit();
        this.theme = definition.theme();
        this.polarity = definition.polarity();
        this.aggregation = definition.aggregation();
        this.source = definition.source();
        touch(DatabaseClock.now());
    }

    public IndicatorDefinition definition() {
        return new IndicatorDefinition(label, description, unit, theme, polarity, aggregation, source);
    }

    public String code() { return code; }
    public String label() { return label; }
    public String description() { return description; }
    public String unit() { return unit; }
    public Theme theme() { return theme; }
    public Polarity polarity() { return polarity; }
    public Aggregation aggregation() { return aggregation; }
    public String source() { return source; }
    public boolean synthetic() { return synthetic; }
}
