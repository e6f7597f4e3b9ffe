package org.maillage.diagnostics.conversations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.diagnostics.conversations.domain.Conversation;
import org.maillage.diagnostics.conversations.domain.Facilitator;
import org.maillage.diagnostics.conversations.domain.Participant;
import org.maillage.diagnostics.coverage.domain.KnownActor;
import org.maillage.diagnostics.coverage.repository.KnownActorRepository;

/** Participants must be actors known from the registry's events and not archived. */
@ApplicationScoped
public class Participants {

    private final KnownActorRepository actors;

    public Participants(KnownActorRepository actors) {
        this.actors = actors;
    }

    public List<Participant> resolve(List<UUID> actorIds, Facilitator facilitator) {
        List<FieldError> errors = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < actorIds.size(); i++) {
            KnownActor actor = actors.findById(actorIds.get(i));
            if (actor == null || actor.archived()) {
                errors.add(new FieldError("participants[" + i + "]", "UnknownActor",
                        "is not a registered, non-archived actor"));
            } else if (participants.stream().anyMatch(p -> p.actorId().equals(actor.id()))) {
                errors.add(new FieldError("participants[" + i + "]", "Duplicate", "is listed twice"));
            } else {
                participants.add(new Participant(actor.id(), actor.name()));
            }
        }
        if (facilitator.actorId() != null && actors.findById(facilitator.actorId()) == null) {
            errors.add(new FieldError("facilitator.actorId", "UnknownActor", "is not a registered actor"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("Some participants are not known actors", errors);
        }
        return participants;
    }

    public void requireParticipant(Conversation conversation, UUID actorId, String field) {
        if (!conversation.isParticipant(actorId)) {
            throw new UnprocessableException("Actor " + actorId + " does not take part in this conversation",
                    List.of(new FieldError(field, "NotAParticipant", "must be a participant of the conversation")));
        }
    }
}
