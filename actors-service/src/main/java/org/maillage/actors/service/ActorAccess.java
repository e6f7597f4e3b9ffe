package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.security.Caller;
import org.maillage.commons.security.CallerIdentity;

/**
 * Object-level rules of the registry: anyone allowed to write may register new actors, but a partner changes
 * only the organisation its key acts for and that organisation's people; admins change every actor.
 */
@ApplicationScoped
public class ActorAccess {

    private final CallerIdentity identity;

    public ActorAccess(CallerIdentity identity) {
        this.identity = identity;
    }

    public void requireChange(UUID actorId) {
        if (!mayChange(actorId)) {
            Caller caller = identity.caller();
            throw new ForbiddenException(caller.organisationId() == null
                    ? "Only admins and the organisation's own keys may change actor " + actorId
                    : "This key acts for organisation " + caller.organisationId() + " and may change only it and its people, not actor " + actorId);
        }
    }

    public boolean mayChange(UUID actorId) {
        return identity.caller().actsFor(actorId);
    }

    public void requireAdmin(String action) {
        if (!identity.caller().admin()) {
            throw new ForbiddenException("Only admins may " + action);
        }
    }
}
