package org.maillage.alliances.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.maillage.alliances.domain.Commitment;
import org.maillage.alliances.domain.CommitmentKind;
import org.maillage.alliances.domain.CommitmentStatus;

/** Data of org.maillage.alliance.commitment-proposed/confirmed/declined/pledged/amended/delivered/withdrawn.v1. */
public record CommitmentChanged(UUID allianceId, UUID commitmentId, UUID memberActorId, CommitmentKind kind,
                                BigDecimal amount, String unit, CommitmentStatus status, LocalDate dueDate,
                                Instant at) {

    public static CommitmentChanged of(UUID allianceId, Commitment c, Instant at) {
        return new CommitmentChanged(allianceId, c.id(), c.memberActorId(), c.kind(), c.amount(), c.unit(), c.status(),
                c.dueDate(), at);
    }
}
