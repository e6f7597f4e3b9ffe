package org.maillage.diagnostics.coverage.projections;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What this service reads of the data of an org.maillage.alliance.* event; a field an event lacks is null. A state
 * change names its new state {@code to}; a member joining or leaving is named by {@code actorId} and {@code role}.
 * Dates stay text here: one that does not parse is dropped alone rather than failing the whole event.
 */
public record AllianceData(UUID allianceId, String name, String state, String to, List<NamedTerritory> territories,
                           List<String> themes, List<AddressedFragility> addressedFragilities,
                           List<Objective> objectives, String outcome, UUID replicatedFrom, UUID actorId, String role,
                           List<Member> members) {

    public record Member(UUID actorId, String role) {
    }

    public record AddressedFragility(UUID diagnosticId, UUID fragilityId) {
    }

    public record Objective(String title, String indicator, BigDecimal baseline, BigDecimal target, String dueDate,
                            Result result) {
    }

    public record Result(BigDecimal value, Boolean reached, String measuredOn) {
    }
}
