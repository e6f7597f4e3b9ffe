package org.maillage.alliances.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.maillage.alliances.domain.Milestone;

/** Data of org.maillage.alliance.milestone-planned.v1 and milestone-reached.v1 (doneAt set). */
public record MilestoneChanged(UUID allianceId, UUID milestoneId, String title, LocalDate dueDate, Instant doneAt) {

    public static MilestoneChanged of(UUID allianceId, Milestone m) {
        return new MilestoneChanged(allianceId, m.id(), m.title(), m.dueDate(), m.doneAt());
    }
}
