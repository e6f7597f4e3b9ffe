package org.maillage.alliances.rest;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.AllianceType;
import org.maillage.alliances.domain.Commitment;
import org.maillage.alliances.domain.CommitmentKind;
import org.maillage.alliances.domain.CommitmentStatus;
import org.maillage.alliances.domain.Member;
import org.maillage.alliances.domain.MemberRole;
import org.maillage.alliances.domain.MemberStatus;
import org.maillage.alliances.domain.Milestone;
import org.maillage.alliances.domain.Outcome;

@Schema(name = "Alliance", description = "A multi-party alliance and where it stands in its lifecycle")
public record AllianceResponse(UUID id, @Schema(maxLength = 300) String name,
                               @Schema(maxLength = 4000) String purpose,
                               AllianceType type,
                               @Schema(example = "BUILDING") AllianceState state, Instant stateSince,
                               @Schema(description = "Set when closing", maxLength = 20) Outcome outcome,
                               @Schema(maxItems = 500) List<@Size(max = 9) String> territories,
                               @Schema(maxItems = 50) List<@Size(max = 50) String> themes,
                               @Schema(maxItems = 100) List<ObjectiveDto> objectives,
                               @Schema(maxItems = 200) List<FragilityRef> addressedFragilities,
                               @Schema(description = "The alliance this one was started from in another territory "
                                       + "(replicateAlliance); absent when it is not a replication") UUID replicatedFrom,
                               @Schema(description = "Current, invited and former members (leftAt set)", maxItems = Alliance.MAX_MEMBERS)
                               List<MemberResponse> members,
                               @Schema(description = "Absent until a mediator is assigned") MediatorResponse mediator,
                               @Schema(maxItems = Alliance.MAX_COMMITMENTS) List<CommitmentResponse> commitments,
                               @Schema(maxItems = Alliance.MAX_MILESTONES) List<MilestoneResponse> milestones,
                               @Schema(description = "An archived alliance is a tombstone: deleted, read-only, "
                                       + "listed only with includeArchived=true") boolean archived,
                               @Schema(maxLength = 35) Instant archivedAt,
                               Instant createdAt, Instant updatedAt,
                               @Schema(description = "Optimistic-locking version, also the ETag", minimum = "0", maximum = "9223372036854775807")
                               long version) {

    @Schema(name = "Member", description = "INVITED until the organisation accepts; only ACTIVE members take part")
    public record MemberResponse(UUID actorId, MemberRole role, @Schema(example = "ACTIVE") MemberStatus status,
                                 @Schema(maxLength = 35, description = "Set when another organisation added it")
                                 Instant invitedAt,
                                 @Schema(maxLength = 35, description = "Absent until an invitation is accepted")
                                 Instant joinedAt,
                                 @Schema(maxLength = 35, description = "Left, or the invitation declined")
                                 Instant leftAt) {
        static MemberResponse of(Member m) {
            return new MemberResponse(m.actorId(), m.role(), m.status(), m.invitedAt(), m.joinedAt(), m.leftAt());
        }
    }

    @Schema(name = "Mediator", description = "The neutral third party between the partners: an actor, or a person "
            + "of that actor (personId)")
    public record MediatorResponse(UUID actorId, UUID personId, Instant assignedAt) {
    }

    @Schema(name = "Commitment", description = "PROPOSED while it awaits the confirmation of its member (memberActorId)")
    public record CommitmentResponse(UUID id, UUID memberActorId, CommitmentKind kind,
                                     @Schema(minimum = "0", maximum = Commitment.MAX_AMOUNT) BigDecimal amount,
                                     @Schema(maxLength = 40) String unit,
                                     @Schema(example = "PLEDGED") CommitmentStatus status, @Schema(maxLength = 10) LocalDate dueDate,
                                     Instant pledgedAt, @Schema(maxLength = 35) Instant settledAt) {
        static CommitmentResponse of(Commitment c) {
            return new CommitmentResponse(c.id(), c.memberActorId(), c.kind(), c.amount(), c.unit(), c.status(),
                    c.dueDate(), c.pledgedAt(), c.settledAt());
        }
    }

    @Schema(name = "Milestone")
    public record MilestoneResponse(UUID id, @Schema(maxLength = 300) String title, LocalDate dueDate,
                                    @Schema(maxLength = 35) Instant doneAt) {
        static MilestoneResponse of(Milestone m) {
            return new MilestoneResponse(m.id(), m.title(), m.dueDate(), m.doneAt());
        }
    }

    static AllianceResponse of(Alliance a) {
        AllianceDetailsRequest d = AllianceDetailsRequest.of(a.details());
        return new AllianceResponse(a.id(), a.name(), a.purpose(), a.type(), a.state(), a.stateSince(), a.outcome(),
                d.territories(), d.themes(), d.objectives(), d.addressedFragilities(), a.replicatedFrom(),
                a.members().stream().map(MemberResponse::of).toList(),
                a.mediator() == null ? null
                        : new MediatorResponse(a.mediator().actorId(), a.mediator().personId(), a.mediator().assignedAt()),
                a.commitments().stream().map(CommitmentResponse::of).toList(),
                a.milestones().stream().map(MilestoneResponse::of).toList(),
                a.archived(), a.archivedAt(), a.createdAt(), a.updatedAt(), a.version());
    }
}
