package org.maillage.actors.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkResult", description = "One result per item, and the counts")
public record BulkResult(@Schema(maxItems = BulkReader.MAX_ITEMS) List<BulkItemResult> items,
                         @Schema(example = "998", minimum = "0", maximum = "" + BulkReader.MAX_ITEMS) long created,
                         @Schema(example = "0", minimum = "0", maximum = "" + BulkReader.MAX_ITEMS) long updated,
                         @Schema(example = "0", minimum = "0", maximum = "" + BulkReader.MAX_ITEMS) long unchanged,
                         @Schema(example = "2", minimum = "0", maximum = "" + BulkReader.MAX_ITEMS) long errors) {

    static BulkResult of(List<BulkItemResult> items) {
        return new BulkResult(items, count(items, "CREATED"), count(items, "UPDATED"), count(items, "UNCHANGED"),
                count(items, "ERROR"));
    }

    private static long count(List<BulkItemResult> items, String status) {
        return items.stream().filter(item -> item.status().equals(status)).count();
    }
}
