package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.maillage.alliances.domain.Acting;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.Transition;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.commons.security.Caller;
import org.maillage.commons.security.CallerIdentity;

/**
 * Object-level rules: a partner proposes alliances only with its own organisation among the members and
 * changes an alliance only where its organisation is an active LEAD; the assigned mediator's organisation may
 * move the alliance into and out of IN_MEDIATION, and record objectives' results as active members do; a partner
 * replicates an alliance only for its own organisation; admins may do everything. What members do for themselves
 * (answer an invitation, pledge, leave) is decided by {@link org.maillage.alliances.domain.Consent}.
 */
@ApplicationScoped
public class AllianceAccess {

    private final CallerIdentity identity;

    public AllianceAccess(CallerIdentity identity) {
        this.identity = identity;
    }

    /** The caller, as the domain rules see it. */
    Acting acting() {
        Caller caller = identity.caller();
        return new Acting(caller.organisationId(), caller.admin());
    }

    void requireProposer(List<UUID> memberActorIds) {
        Caller caller = identity.caller();
        if (!caller.admin() && (caller.organisationId() == null || !memberActorIds.contains(caller.organisationId()))) {
            throw new ForbiddenException("An alliance is proposed by one of its members: this key's organisation ("
                    + caller.organisationId() + ") must be among them");
        }
    }

    /**
     * The organisation that proposes a replication and leads it: the one named, or the caller's own. A partner names
     * only its own organisation (403), as it proposes an alliance only with its organisation among the members; a
     * caller acting for no organisation names one (422).
     */
    UUID replicationLead(UUID named) {
        UUID lead = named != null ? named : identity.caller().organisationId();
        if (lead == null) {
            throw new UnprocessableException("A caller acting for no organisation names the organisation that leads "
                    + "the replication", List.of(new FieldError("leadActorId", "Required",
                    "the organisation that proposes and leads the new alliance")));
        }
        requireProposer(List.of(lead));
        return lead;
    }

    /**
     * Results are recorded by those who measure them: the active members, whatever their role (an EVALUATOR
     * included), the assigned mediator's organisation, or an admin.
     */
    void requireResultRecorder(Alliance alliance) {
        Acting acting = acting();
        boolean member = acting.organisationId() != null && alliance.activeMembers().stream()
                .anyMatch(m -> m.actorId().equals(acting.organisationId()));
        if (!acting.admin() && !member && !isMediator(alliance)) {
            throw new ForbiddenException("Only the active members of alliance " + alliance.id()
                    + ", its mediator or an admin may record an objective's result");
        }
    }

    /**
     * Whether the caller reads the alliance in full where it appears beside others (the lineage). Reading needs
     * alliances:read and nothing more, but a deleted (archived) alliance, left out of lists, keeps only its place.
     */
    boolean readsInFull(Alliance alliance) {
        return !alliance.archived();
    }

    void requireLead(Alliance alliance) {
        if (!isLead(alliance)) {
            throw new ForbiddenException("Only the lead of alliance " + alliance.id() + " (or an admin) may change it");
        }
    }

    /** Into or out of mediation, the mediator may act as well as the lead. */
    void requireTransition(Alliance alliance, Transition move) {
        boolean mediation = move.concernsMediation(alliance.state());
        if (mediation && isMediator(alliance)) {
            return;
        }
        if (!isLead(alliance)) {
            throw new ForbiddenException("Only the lead of alliance " + alliance.id() + (mediation
                    ? ", its mediator" : "") + " or an admin may move it to " + move.to());
        }
    }

    private boolean isLead(Alliance alliance) {
        Acting acting = acting();
        return acting.admin() || acting.leads(alliance);
    }

    private boolean isMediator(Alliance alliance) {
        UUID organisation = identity.caller().organisationId();
        return organisation != null && organisation.equals(alliance.mediatorActorId());
    }
}
