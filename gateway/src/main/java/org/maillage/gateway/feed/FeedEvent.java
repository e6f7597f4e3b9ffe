package org.maillage.gateway.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as CloudEvents 1.0 structured JSON: the body of a webhook delivery and an item of the feed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event in structured JSON mode")
public record FeedEvent(
        @Size(max = 10) @Schema(examples = "1.0") String specversion,
        @Size(max = 200) @Schema(description = "Event id, unique per source; the webhook-id of its deliveries",
                examples = "3f1c9a2e-8d5b-4c7e-9f00-1a2b3c4d5e6f") String id,
        @Size(max = 500) @Schema(examples = "/alliances-service") String source,
        @Size(max = 200) @Schema(examples = "org.maillage.alliance.proposed.v1") String type,
        @Size(max = 500) @Schema(description = "Id of the aggregate the event is about",
                examples = "9b2e4c1a-7f3d-4e8b-a6c5-0d1e2f3a4b5c") String subject,
        Instant time,
        @Size(max = 100) @Schema(examples = "application/json") String datacontenttype,
        @Schema(type = SchemaType.OBJECT, description = "Event data, as published by the service") JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
}
