package org.maillage.actors.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.problem.Problem;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BulkItemResult", description = "What became of one item, in the order sent")
public record BulkItemResult(
        @Schema(description = "Position of the item in the request, from 0", example = "0", minimum = "0",
                maximum = "" + (BulkReader.MAX_ITEMS - 1)) int index,
        @Schema(description = "What the import did with the item", example = "CREATED",
                enumeration = {"CREATED", "UPDATED", "UNCHANGED", "ERROR"}) String status,
        @Schema(description = "The actor written or matched (absent on error)") UUID id,
        @Schema(description = "Its version after the import (absent on error)", example = "0", minimum = "0",
                maximum = "9223372036854775807") Long version,
        @Schema(description = "Why the item was not written (only on error)") Problem problem) {
}
