package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Postal address; communeCode is the INSEE code of the commune, checked against the territorial reference. */
@Embeddable
@Schema(name = "Address", description = "Postal address with the INSEE code of its commune")
public record Address(
        @Schema(example = "12 rue Alexandre Bérard") @Size(max = 300)
        @Column(name = "address_street") String street,
        @Schema(example = "01500") @Pattern(regexp = "\\d{5}", message = "must be five digits") @Size(max = 5)
        @Column(name = "address_postal_code") String postalCode,
        @Schema(example = "Ambérieu-en-Bugey") @Size(max = 200)
        @Column(name = "address_city") String city,
        @Schema(description = "INSEE code of the commune", example = "01004")
        @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "must be an INSEE commune code such as 01004 or 2A004") @Size(max = 5)
        @Column(name = "address_commune_code") String communeCode) {
}
