package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.maillage.commons.persistence.TimeOrderedIds;

/** What the alliance means to achieve, with the indicator it is reviewed against and, once measured, its result. */
@Embeddable
public class Objective {

    /** Baselines and targets are bounded like commitment amounts, with more decimals for rates and ratios. */
    public static final String MIN_VALUE = "-1000000000000";
    public static final String MAX_VALUE = "1000000000000";
    public static final int INTEGER_DIGITS = 13;
    public static final int FRACTION_DIGITS = 4;

    @Column(nullable = false)
    private UUID id;

    @Column(nullable = false)
    private String title;

    private String indicator;

    private BigDecimal baseline;

    private BigDecimal target;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Embedded
    private ObjectiveResult result;

    protected Objective() {
    }

    /** An objective as partners write it: id is null for a new one, or names the current objective it revises. */
    public Objective(UUID id, String title, String indicator, BigDecimal baseline, BigDecimal target, LocalDate dueDate) {
        this.id = id;
        this.title = title;
        this.indicator = indicator;
        this.baseline = baseline;
        this.target = target;
        this.dueDate = dueDate;
    }

    public Objective(String title, String indicator, BigDecimal baseline, BigDecimal target, LocalDate dueDate) {
        this(null, title, indicator, baseline, target, dueDate);
    }

    /**
     * This objective as stored: a new one gets its id; a revised one keeps the result of the objective it revises,
     * unless it no longer has a target to be measured against.
     */
    Objective stored(Objective revised) {
        Objective stored = new Objective(id == null ? TimeOrderedIds.next() : id, title, indicator, baseline, target,
                dueDate);
        stored.result = revised == null || target == null ? null : revised.result;
        return stored;
    }

    /** The same objective with its measured result; the caller has checked it has a target. */
    Objective measured(ObjectiveResult measured) {
        Objective copy = new Objective(id, title, indicator, baseline, target, dueDate);
        copy.result = measured;
        return copy;
    }

    /**
     * Whether the result reaches the target. The direction is baseline → target: a target at or above the baseline
     * is to reach at least, one below it to come down to at most; without a baseline, at least.
     */
    public boolean reached() {
        if (result() == null || target == null) {
            return false;
        }
        boolean atMost = baseline != null && target.compareTo(baseline) < 0;
        int comparison = result.value().compareTo(target);
        return atMost ? comparison <= 0 : comparison >= 0;
    }

    public UUID id() {
        return id;
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

    /** The measured result, or null until one is recorded. */
    public ObjectiveResult result() {
        return result == null || result.value() == null ? null : result;
    }
}
