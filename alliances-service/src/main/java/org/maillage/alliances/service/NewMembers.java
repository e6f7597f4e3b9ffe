package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.KnownActor;
import org.maillage.alliances.repository.KnownActorRepository;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/** The first members of a new alliance, checked against what the actor projection knows. */
@ApplicationScoped
public class NewMembers {

    private final KnownActorRepository knownActors;

    public NewMembers(KnownActorRepository knownActors) {
        this.knownActors = knownActors;
    }

    /**
     * Every member must be a known, non-archived actor, listed once per role; each failure is a field error
     * under prefix (e.g. "members"), all of them in one 422.
     */
    void requireKnown(List<NewMember> requested, String prefix) {
        refuse(errors(requested, prefix));
    }

    /** The one organisation of a new alliance, named by field. */
    void requireKnown(UUID actorId, String field) {
        KnownActor actor = knownActors.findById(actorId);
        FieldError error = unfit(actor, actorId, field);
        refuse(error == null ? List.of() : List.of(error));
    }

    private List<FieldError> errors(List<NewMember> requested, String prefix) {
        Map<UUID, KnownActor> known = knownActors.findAllById(requested.stream().map(NewMember::actorId).toList());
        List<FieldError> errors = new ArrayList<>();
        Set<NewMember> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            UUID actorId = requested.get(i).actorId();
            KnownActor actor = known.get(actorId);
            if (!seen.add(requested.get(i))) {
                errors.add(new FieldError(prefix + "[" + i + "]", "DuplicateMember", "actor " + actorId + " is listed twice with the same role"));
            } else {
                FieldError error = unfit(actor, actorId, prefix + "[" + i + "].actorId");
                if (error != null) {
                    errors.add(error);
                }
            }
        }
        return errors;
    }

    private static FieldError unfit(KnownActor actor, UUID actorId, String field) {
        if (actor == null) {
            return new FieldError(field, "UnknownActor", "actor " + actorId + " is not registered");
        }
        return actor.archived() ? new FieldError(field, "ArchivedActor", "actor " + actorId + " is archived") : null;
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new UnprocessableException("Members cannot join: "
                    + String.join("; ", errors.stream().map(FieldError::message).toList()), errors);
        }
    }
}
