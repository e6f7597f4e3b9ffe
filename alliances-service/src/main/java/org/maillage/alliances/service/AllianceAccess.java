package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.maillage.alliances.domain.Acting;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.security.Caller;
import org.maillage.commons.security.CallerIdentity;

/**
 * Object-level rules: a partner proposes alliances only with its own organisation among the members and
 * changes an alliance only where its organisation is an active LEAD; the assigned mediator's organisation may
 * move the alliance into and out of IN_MEDIATION, and nothing else; admins may do everything. What members do
 * for themselves (answer an invitation, pledge, leave) is decided by {@link org.maillage.alliances.domain.Consent}.
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

    void requireLead(Alliance alliance) {
        if (!isLead(alliance)) {
            throw new ForbiddenException("Only the lead of alliance " + alliance.id() + " (or an admin) may change it");
        }
    }

    /** Into or out of mediation, the mediator may act as well as the lead. */
    void requireTransition(Alliance alliance, AllianceState to) {
        boolean mediation = to == AllianceState.IN_MEDIATION || alliance.state() == AllianceState.IN_MEDIATION;
        if (mediation && isMediator(alliance)) {
            return;
        }
        if (!isLead(alliance)) {
            throw new ForbiddenException("Only the lead of alliance " + alliance.id() + (mediation
                    ? ", its mediator" : "") + " or an admin may move it to " + to);
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
