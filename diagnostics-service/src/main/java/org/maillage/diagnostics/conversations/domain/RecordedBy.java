package org.maillage.diagnostics.conversations.domain;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.security.Caller;

/** Who wrote an entry in a participant's name: the participant itself, or the facilitator on its behalf. */
@Schema(name = "RecordedBy", description = "The caller that recorded the entry, as the gateway vouched for it")
public record RecordedBy(
        @Schema(description = "Organisation the caller acted for; none for an admin acting for no organisation")
        UUID organisationId,
        @Schema(description = "API key id or token subject", maxLength = MAX_SUBJECT) String subject) {

    /** API key ids are UUIDs; a token subject longer than this is cut, as the contract states. */
    public static final int MAX_SUBJECT = 255;

    public static RecordedBy of(Caller caller) {
        String subject = caller.subject();
        return new RecordedBy(caller.organisationId(),
                subject == null || subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT));
    }
}
