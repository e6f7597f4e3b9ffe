package org.maillage.alliances.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/** When the next open item of an alliance's plan falls due: the OVERDUE flag, as one column the list can filter on. */
final class NextDue {

    private NextDue() {
    }

    /** The earliest due date of an unreached milestone or a pledged commitment; null when nothing open is dated. */
    static LocalDate of(Collection<Milestone> milestones, Collection<Commitment> commitments) {
        return Stream.concat(
                        milestones.stream().filter(m -> m.doneAt() == null).map(Milestone::dueDate),
                        commitments.stream().filter(c -> c.status() == CommitmentStatus.PLEDGED).map(Commitment::dueDate))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
