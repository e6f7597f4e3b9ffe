package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maillage.actors.domain.ActorDraft;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.ActorProposal;
import org.maillage.actors.domain.Address;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.actors.domain.IdentifierScheme;
import org.maillage.actors.domain.OfficialNumbers;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryName;
import org.maillage.territory.TerritoryReference;

/**
 * The rules bean validation cannot express: check digits, which identifiers a kind may have, and codes
 * that must exist in the territorial reference. A malformed value is a 400 like any invalid field; a
 * well-formed code the reference does not know is a 422. Every error is reported at once.
 */
@ApplicationScoped
public class ActorValidator {

    private final TerritoryReference reference;

    public ActorValidator(TerritoryReference reference) {
        this.reference = reference;
    }

    public ActorDraft check(ActorProposal input) {
        List<FieldError> invalid = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        List<Identifier> identifiers = identifiers(input.kind(), input.identifiers(), invalid, unknown);
        List<Territory> territories = territories(input.territories(), unknown);
        Address address = emptyToNull(input.address());
        if (address != null && address.communeCode() != null
                && !known(TerritoryLevel.COMMUNE, address.communeCode())) {
            unknown.add(new FieldError("address.communeCode", "UnknownCommune",
                    "is not a current commune of the territorial reference"));
        }
        List<ExternalRef> refs = input.externalRefs().stream()
                .map(ref -> new ExternalRef(ref.system().strip(), ref.id().strip())).toList();
        for (int i = 0; i < refs.size(); i++) {
            if (refs.indexOf(refs.get(i)) < i) {
                invalid.add(new FieldError("externalRefs[" + i + "]", "Duplicate", "is listed twice"));
            }
        }
        if (!invalid.isEmpty()) {
            throw new BadRequestException("The actor has invalid fields", invalid);
        }
        if (!unknown.isEmpty()) {
            throw new UnprocessableException("The actor refers to territories the reference does not know", unknown);
        }
        return new ActorDraft(input.name(), input.kind(), blankToNull(input.description()), blankToNull(input.website()),
                blankToNull(input.email()), blankToNull(input.phone()), address, territories, input.themes(),
                identifiers, refs);
    }

    private List<Identifier> identifiers(ActorKind kind, List<Identifier> given, List<FieldError> invalid,
                                         List<FieldError> unknown) {
        List<Identifier> normalised = new ArrayList<>();
        Set<Identifier> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Identifier identifier = new Identifier(given.get(i).scheme(), OfficialNumbers.normalise(given.get(i).value()));
            String field = "identifiers[" + i + "].value";
            IdentifierRule.problem(kind, identifier).ifPresent(problem -> invalid.add(new FieldError(field, problem.code(), problem.message())));
            Optional<TerritoryLevel> level = identifier.scheme().territoryLevel();
            if (level.isPresent() && !known(level.get(), identifier.value())) {
                unknown.add(new FieldError(field, "UnknownTerritory",
                        "is not the code of a " + level.get() + " in the territorial reference"));
            }
            if (!seen.add(identifier)) {
                invalid.add(new FieldError("identifiers[" + i + "]", "Duplicate", "is listed twice"));
            }
            normalised.add(identifier);
        }
        return normalised;
    }

    /** The territories named, each resolved once and listed once. */
    private List<Territory> territories(List<TerritoryName> names, List<FieldError> unknown) {
        List<Territory> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            TerritoryName name = names.get(i);
            Optional<Territory> territory = reference.resolve(name);
            if (territory.isEmpty()) {
                unknown.add(new FieldError("territories[" + i + "].code", "UnknownTerritory",
                        (name.level() == null ? "is not a code" : "is not the code of a " + name.level())
                                + " in the territorial reference"));
            } else if (!found.contains(territory.get())) {
                found.add(territory.get());
            }
        }
        return found;
    }

    private boolean known(TerritoryLevel level, String code) {
        return reference.resolve(TerritoryName.of(level, code)).isPresent();
    }

    private static Address emptyToNull(Address address) {
        if (address == null) {
            return null;
        }
        Address stripped = new Address(blankToNull(address.street()), blankToNull(address.postalCode()),
                blankToNull(address.city()), blankToNull(address.communeCode()));
        return stripped.equals(new Address(null, null, null, null)) ? null : stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
