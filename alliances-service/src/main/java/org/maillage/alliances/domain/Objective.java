package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the alliance means to achieve, with the indicator it is reviewed against. */
@Embeddable
public class Objective {

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
