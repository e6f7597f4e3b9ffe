package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the alliance means to achieve, with the indicator it is reviewed against. */
@Embeddable
public class Objective {

    /** Baselines and targets are bounded like commitment amounts, with more decimals for rates and ratios. */
    public static final String MIN_VALUE = "-1000000000000";
    public static final String MAX_VALUE = "1000000000000";
    public static final int INTEGER_DIGITS = 13;
    public static final int FRACTION_DIGITS = 4;

    @Column(nullable = false)
    private String title;

    private String indicator;

    private BigDecimal baseline;

    private BigDecimal target;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected Objective() {
    }

    public Objective(String title, String indicator, BigDecimal baseline, BigDecimal target, LocalDate dueDate) {
        this.title = title;
        this.indicator = indicator;
        this.baseline = baseline;
        this.target = target;
        this.dueDate = dueDate;
    }

    public String title() {
        return title;
    }

    public String indicator() {
        return indicator;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public BigDecimal target() {
        return target;
    }

    public LocalDate dueDate() {
        return dueDate;
    }
}
