package org.maillage.alliances.events;

import java.util.List;
import java.util.UUID;
import org.maillage.alliances.domain.AllianceDetails;

/** A fragility of a territorial diagnostic that an alliance addresses, as events carry it. */
public record FragilityRef(UUID diagnosticId, UUID fragilityId) {

    static List<FragilityRef> of(AllianceDetails details) {
        return details.fragilities().stream().map(f -> new FragilityRef(f.diagnosticId(), f.fragilityId())).toList();
    }
}
