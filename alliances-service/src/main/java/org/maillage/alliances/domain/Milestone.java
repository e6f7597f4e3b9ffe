package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.maillage.commons.persistence.TimeOrderedIds;

/** A dated step of the alliance's plan; reached when doneAt is set. */
@Entity
@Table(name = "alliance_milestone")
public class Milestone {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Milestone() {
    }

    public Milestone(String title, LocalDate dueDate) {
        this.id = TimeOrderedIds.next();
        this.title = title;
        this.dueDate = dueDate;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public boolean isOverdue(Instant now) {
        return doneAt == null && dueDate.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    void reschedule(String newTitle, LocalDate newDueDate) {
        this.title = newTitle;
        this.dueDate = newDueDate;
    }

    void reach(Instant at) {
        this.doneAt = at;
    }
}
