package org.maillage.alliances.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllianceStatus", description = "Where an alliance stands, what blocks its next step and what needs attention")
public record AllianceStatus(
        UUID allianceId,
        @Schema(example = "BUILDING") AllianceState state,
        Instant since,
        @Schema(description = "Whole days spent in the current state", example = "12") long daysInState,
        @Schema(description = "Every state reachable in one step, allowed or not") List<TransitionOption> transitions,
        Signals signals,
        @Schema(description = "Empty when nothing needs attention") Set<AttentionFlag> attention) {

    @Schema(name = "AllianceSignals", description = "What a mediator watches")
    public record Signals(
            @Schema(description = "Milestones past their due date and not done") List<UUID> overdueMilestones,
            @Schema(description = "Pledged commitments past their due date") List<UUID> overdueCommitments,
            List<CommitmentTotal> commitments,
            @Schema(description = "0 = one member carries everything, 1 = evenly shared; null when undefined. "
                    + "Normalised Shannon entropy of contribution shares, see the operation description.",
                    example = "0.82", nullable = true) Double balanceIndex,
            @Schema(example = "[\"NONPROFIT\", \"PUBLIC\"]") Set<String> worldsRepresented,
            @Schema(description = "Active LEAD, PARTNER or FUNDER members with no pledged or delivered commitment")
            List<UUID> membersWithoutCommitments,
            @Schema(description = "Active members the actors registry archived") List<UUID> archivedMembers,
            @Schema(description = "Last change to the alliance") Instant lastActivity,
            @Schema(example = "3") long daysSinceLastActivity) {
    }
}
