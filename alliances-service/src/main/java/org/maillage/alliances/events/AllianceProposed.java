package org.maillage.alliances.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.AllianceType;
import org.maillage.alliances.domain.MemberRole;

/**
 * Data of org.maillage.alliance.proposed.v1: members are the active ones (the proposer's organisation, or all when
 * an admin proposed), invitedMembers those still to accept; replicatedFrom the alliance it was started from, or null.
 */
public record AllianceProposed(UUID allianceId, String name, String purpose, AllianceType type, AllianceState state,
                               Set<String> territories, Set<String> themes, List<FragilityRef> addressedFragilities,
                               List<MemberData> members, List<MemberData> invitedMembers, Instant proposedAt,
                               List<ObjectiveData> objectives, UUID replicatedFrom) {

    public record MemberData(UUID actorId, MemberRole role) {
    }

    public static AllianceProposed of(Alliance alliance) {
        var details = alliance.details();
        return new AllianceProposed(alliance.id(), alliance.name(), alliance.purpose(), alliance.type(), alliance.state(),
                details.territories(), details.themes(), FragilityRef.of(details),
                alliance.activeMembers().stream().map(m -> new MemberData(m.actorId(), m.role())).toList(),
                alliance.invitedMembers().stream().map(m -> new MemberData(m.actorId(), m.role())).toList(),
                alliance.createdAt(), ObjectiveData.of(alliance.objectives()), alliance.replicatedFrom());
    }
}
