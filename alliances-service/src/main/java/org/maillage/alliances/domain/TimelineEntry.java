package org.maillage.alliances.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "One change of an alliance: the event published for it")
public record TimelineEntry(
        @Schema(description = "Id of the event published for the change") UUID id,
        Instant at,
        @Schema(example = "org.maillage.alliance.state-changed.v1", maxLength = 200) String type,
        @Schema(description = "Why, when the change was given a reason", maxLength = 2000) String reason,
        @Schema(description = "Who made it: the caller's API key id or token subject, as the gateway "
                + "vouches for it; absent for changes the service made itself on an event (an actor merged)",
                example = "mlk_7Hq2", maxLength = 255) String madeBy,
        @Schema(description = "The event data, as published (its fields depend on the type)",
                additionalProperties = Schema.True.class,
                example = "{\"from\": \"EMERGING\", \"to\": \"SCOPING\", \"reason\": \"first meeting held\"}")
        Map<String, Object> data) {
}
