package org.maillage.alliances.domain;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllianceStatus", description = "Where an alliance stands, what blocks its next step and what needs attention")
public record AllianceStatus(
        UUID allianceId,
        @Schema(example = "BUILDING") AllianceState state,
        Instant since,
        @Schema(description = "Whole days spent in the current state", example = "12", minimum = "0",
                maximum = "" + Integer.MAX_VALUE) long daysInState,
        @Schema(description = "Every state reachable in one step, allowed or not", maxItems = 20)
        List<TransitionOption> transitions,
        Signals signals,
        @Schema(description = "Empty when nothing needs attention", maxItems = 20) Set<AttentionFlag> attention) {

    @Schema(name = "AllianceSignals", description = "What a mediator watches")
    public record Signals(
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class,
                    description = "Milestones past their due date and not done", maxItems = Alliance.MAX_MILESTONES)
            List<UUID> overdueMilestones,
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class,
                    description = "Pledged commitments past their due date", maxItems = Alliance.MAX_COMMITMENTS)
            List<UUID> overdueCommitments,
            @Schema(description = "Confirmed commitments (PLEDGED or DELIVERED) by kind and unit",
                    maxItems = Alliance.MAX_COMMITMENTS) List<CommitmentTotal> commitments,
            @Schema(description = "0 = one member carries everything, 1 = evenly shared; absent when undefined. "
                    + "Normalised Shannon entropy of contribution shares, see the operation description.",
                    example = "0.82", minimum = "0", maximum = "1") Double balanceIndex,
            @Schema(example = "[\"NONPROFIT\", \"PUBLIC\"]", maxItems = 4) Set<@Size(max = 20) String> worldsRepresented,
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class,
                    description = "Active LEAD, PARTNER or FUNDER members with no pledged or delivered commitment",
                    maxItems = Alliance.MAX_MEMBERS) List<UUID> membersWithoutCommitments,
            @Schema(description = "Organisations invited and not answered yet: they do not count until they accept",
                    maxItems = Alliance.MAX_MEMBERS) List<PendingInvitation> pendingInvitations,
            @Schema(description = "Commitments the lead proposed in a member's name, awaiting that member's "
                    + "confirmation: they do not count until confirmed", maxItems = Alliance.MAX_COMMITMENTS)
            List<PendingCommitment> pendingCommitments,
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class,
                    description = "Active members the actors registry archived", maxItems = Alliance.MAX_MEMBERS)
            List<UUID> archivedMembers,
            @Schema(description = "Last change to the alliance") Instant lastActivity,
            @Schema(example = "3", minimum = "0", maximum = "" + Integer.MAX_VALUE) long daysSinceLastActivity) {
    }

    @Schema(name = "PendingInvitation", description = "An organisation invited into the alliance, waiting for its answer")
    public record PendingInvitation(@Schema(description = "The organisation whose acceptance is awaited") UUID actorId,
                                    @Schema(example = "PARTNER") MemberRole role, Instant invitedAt) {
    }

    @Schema(name = "PendingCommitment", description = "A commitment proposed in a member's name, waiting for that member")
    public record PendingCommitment(UUID commitmentId,
                                    @Schema(description = "The member whose confirmation is awaited") UUID memberActorId) {
    }
}
