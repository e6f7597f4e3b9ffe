package org.maillage.diagnostics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.vocabulary.Theme;

/** An entry of the indicator catalogue. */
@Entity
@Table(name = "indicator")
public class Indicator {

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
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Indicator() {
    }

    public Indicator(String code, IndicatorDefinition definition, boolean synthetic) {
        this.code = code;
        this.synthetic = synthetic;
        this.createdAt = DatabaseClock.now();
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
        this.updatedAt = DatabaseClock.now();
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
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
