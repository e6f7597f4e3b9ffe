package org.maillage.alliances.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** A fragility found by a territorial diagnostic that the alliance works on. */
@Embeddable
public class AddressedFragility {

    @Column(name = "diagnostic_id", nullable = false)
    private UUID diagnosticId;

    @Column(name = "fragility_id", nullable = false)
    private UUID fragilityId;

    protected AddressedFragility() {
    }

    public AddressedFragility(UUID diagnosticId, UUID fragilityId) {
        this.diagnosticId = diagnosticId;
        this.fragilityId = fragilityId;
    }

    public UUID diagnosticId() {
        return diagnosticId;
    }

    public UUID fragilityId() {
        return fragilityId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressedFragility other && Objects.equals(diagnosticId, other.diagnosticId)
                && Objects.equals(fragilityId, other.fragilityId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(diagnosticId, fragilityId);
    }
}
