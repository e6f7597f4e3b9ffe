package org.maillage.alliances.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.MemberRole;

@Schema(name = "Alliance", description = "A multi-party alliance and where it stands in its lifecycle")
public record AllianceResponse(UUID id, String name, String purpose, AllianceState state, Instant stateSince,
                               List<MemberResponse> members, Instant createdAt, Instant updatedAt, long version) {

    @Schema(name = "Member")
    public record MemberResponse(UUID actorId, MemberRole role, Instant joinedAt) {
    }

    static AllianceResponse of(Alliance alliance) {
        return new AllianceResponse(alliance.id(), alliance.name(), alliance.purpose(), alliance.state(),
                alliance.stateSince(),
                alliance.members().stream().map(m -> new MemberResponse(m.actorId(), m.role(), m.joinedAt())).toList(),
                alliance.createdAt(), alliance.updatedAt(), alliance.version());
    }
}
