package org.maillage.diagnostics.conversations.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.security.Caller;
import org.maillage.diagnostics.domain.Refusals;

/**
 * The territorial catalyst leading a conversation: a person, optionally from a registered organisation. Named in
 * the contract apart from the request's {@code Facilitator}, so that neither name depends on the order in which
 * the resources are read.
 */
@Schema(name = "ConversationFacilitator", description = "The territorial catalyst leading the conversation")
public record Facilitator(@Schema(maxLength = MAX_NAME) String name, UUID actorId) {

    /** Enforced by ConversationRequest. */
    public static final int MAX_NAME = 200;

    /**
     * The facilitator of a conversation the caller opens. A conversation belongs to its facilitator's
     * organisation, so a partner opens conversations for its own organisation only (named, or implied when
     * {@code actorId} is absent); an admin may name any organisation, or none.
     */
    public static Facilitator chosenBy(Caller caller, String name, UUID actorId) {
        if (caller.admin()) {
            return new Facilitator(name, actorId);
        }
        if (caller.organisationId() == null) {
            throw new ForbiddenException("A conversation belongs to its facilitator's organisation: only a key bound"
                    + " to an organisation (or an admin) opens one; " + Refusals.actingFor(caller));
        }
        if (actorId != null && !actorId.equals(caller.organisationId())) {
            throw new ForbiddenException("A partner opens conversations for its own organisation only:"
                    + " facilitator.actorId must be absent or " + caller.organisationId() + ", not " + actorId
                    + "; only an admin names another organisation; " + Refusals.actingFor(caller));
        }
        return new Facilitator(name, caller.organisationId());
    }
}
