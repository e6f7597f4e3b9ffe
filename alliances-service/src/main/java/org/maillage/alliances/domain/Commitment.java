package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.maillage.commons.persistence.TimeOrderedIds;

/** What a member pledges to bring, whether it agreed to it, and whether it was delivered or withdrawn. */
@Entity
@Table(name = "alliance_commitment")
public class Commitment {

    /**
     * An amount is positive, at most 10^12 with at most two decimals, so that it is checked before any arithmetic
     * and every total of an alliance (at most {@link Alliance#MAX_COMMITMENTS} amounts) stays at most 10^15.
     */
    public static final String MAX_AMOUNT = "1000000000000";
    public static final int AMOUNT_INTEGER_DIGITS = 13;
    public static final int AMOUNT_FRACTION_DIGITS = 2;
    public static final String MAX_TOTAL = "1000000000000000";

    @Id
    private UUID id;

    @Column(name = "member_actor_id", nullable = false)
    private UUID memberActorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentKind kind;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "pledged_at", nullable = false)
    private Instant pledgedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected Commitment() {
    }

    /** A member's own pledge. */
    public Commitment(UUID memberActorId, CommitmentKind kind, BigDecimal amount, String unit, LocalDate dueDate,
                      Instant pledgedAt) {
        this(memberActorId, kind, amount, unit, dueDate, CommitmentStatus.PLEDGED, pledgedAt);
    }

    /** status is PLEDGED, or PROPOSED when the lead pledges in another member's name (see {@link Consent}). */
    public Commitment(UUID memberActorId, CommitmentKind kind, BigDecimal amount, String unit, LocalDate dueDate,
                      CommitmentStatus status, Instant pledgedAt) {
        this.id = TimeOrderedIds.next();
        this.memberActorId = memberActorId;
        this.kind = kind;
        this.amount = amount;
        this.unit = unit;
        this.dueDate = dueDate;
        this.status = status;
        this.pledgedAt = pledgedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID memberActorId() {
        return memberActorId;
    }

    public CommitmentKind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String unit() {
        return unit;
    }

    public CommitmentStatus status() {
        return status;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant pledgedAt() {
        return pledgedAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    /** Pledged and not honoured by its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == CommitmentStatus.PLEDGED && dueDate != null && dueDate.isBefore(today);
    }

    void amend(CommitmentKind newKind, BigDecimal newAmount, String newUnit, LocalDate newDueDate) {
        this.kind = newKind;
        this.amount = newAmount;
        this.unit = newUnit;
        this.dueDate = newDueDate;
    }

    /** The member agrees to what the lead proposed in its name. */
    void confirm() {
        this.status = CommitmentStatus.PLEDGED;
    }

    void settle(CommitmentStatus to, Instant at) {
        this.status = to;
        this.settledAt = at;
    }

    void repoint(UUID survivor) {
        this.memberActorId = survivor;
    }
}
