package org.maillage.alliances.rest;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceState;
import org.maillage.alliances.domain.Outcome;
import org.maillage.alliances.service.Lineages;

@Schema(name = "AllianceLineage", description = "The tree of replications an alliance belongs to, from its root ancestor")
public record LineageResponse(
        @Schema(description = "The alliance asked about") UUID allianceId,
        @Schema(description = "Generations or alliances past the limits were left out; the root may then have a "
                + "replicatedFrom of its own") boolean truncated,
        LineageNode root) {

    @Schema(name = "LineageNode", description = "An alliance of the lineage and the alliances started from it")
    public record LineageNode(
            UUID id,
            @Schema(maxLength = 300, description = "Absent when withheld") String name,
            @Schema(maxItems = 500) List<@Size(max = 9) String> territories,
            @Schema(description = "Absent when withheld") AllianceState state,
            @Schema(description = "How it ended, once closed", maxLength = 20) Outcome outcome,
            @Schema(maxItems = 100, description = "With their results; absent when withheld") List<ObjectiveDto> objectives,
            @Schema(description = "The alliance it was started from; absent for the root of a complete lineage") UUID replicatedFrom,
            @Schema(description = "The caller sees only the alliance's place: it was deleted (archived)") boolean withheld,
            @Schema(maxItems = Lineages.MAX_NODES) List<LineageNode> replications) {

        static LineageNode of(Lineages.Node node) {
            Alliance a = node.alliance();
            List<String> territories = a.details().territories().stream().sorted().toList();
            List<LineageNode> children = node.replications().stream().map(LineageNode::of).toList();
            if (!node.full()) {
                return new LineageNode(a.id(), null, territories, null, null, null, a.replicatedFrom(), true, children);
            }
            return new LineageNode(a.id(), a.name(), territories, a.state(), a.outcome(),
                    a.objectives().stream().map(ObjectiveDto::of).toList(), a.replicatedFrom(), false, children);
        }
    }

    static LineageResponse of(UUID allianceId, Lineages.Lineage lineage) {
        return new LineageResponse(allianceId, lineage.truncated(), LineageNode.of(lineage.root()));
    }
}
