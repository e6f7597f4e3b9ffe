package org.maillage.alliances.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.alliances.domain.AddressedFragility;

@Schema(name = "FragilityRef", description = "A fragility of a territorial diagnostic the alliance addresses")
public record FragilityRef(@NotNull UUID diagnosticId, @NotNull UUID fragilityId) {

    AddressedFragility toDomain() {
        return new AddressedFragility(diagnosticId, fragilityId);
    }

    static FragilityRef of(AddressedFragility f) {
        return new FragilityRef(f.diagnosticId(), f.fragilityId());
    }
}
