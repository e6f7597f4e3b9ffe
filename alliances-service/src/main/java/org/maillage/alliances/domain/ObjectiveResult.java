package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The measured value of an objective's indicator, and when it was measured. */
@Embeddable
public class ObjectiveResult {

    @Column(name = "result_value")
    private BigDecimal value;

    @Column(name = "result_measured_on")
    private LocalDate measuredOn;

    protected ObjectiveResult() {
    }

    public ObjectiveResult(BigDecimal value, LocalDate measuredOn) {
        this.value = value;
        this.measuredOn = measuredOn;
    }

    public BigDecimal value() {
        return value;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }
}
