package org.maillage.actors.service;

import java.util.Optional;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.Identifier;
import org.maillage.actors.domain.OfficialNumbers;

/** Format, check digit and kind compatibility of one identifier. */
final class IdentifierRule {

    record Problem(String code, String message) {
    }

    private IdentifierRule() {
    }

    static Optional<Problem> problem(ActorKind kind, Identifier identifier) {
        String value = identifier.value();
        return switch (identifier.scheme()) {
            case SIREN -> OfficialNumbers.isSiren(value) ? Optional.empty()
                    : invalid("must be 9 digits with a valid Luhn check digit");
            case SIRET -> OfficialNumbers.isSiret(value) ? Optional.empty()
                    : invalid("must be 14 digits with a valid Luhn check digit (La Poste: digit sum a multiple of 5)");
            case RNA -> kind != ActorKind.ASSOCIATION ? notForKind("an RNA number identifies an association")
                    : OfficialNumbers.isRna(value) ? Optional.empty()
                    : invalid("must be W followed by 9 characters (prefecture code and sequence), e.g. W013004567");
            default -> kind != ActorKind.LOCAL_AUTHORITY
                    ? notForKind("an official territorial code identifies a local authority")
                    : Optional.empty();
        };
    }

    private static Optional<Problem> invalid(String message) {
        return Optional.of(new Problem("InvalidIdentifier", message));
    }

    private static Optional<Problem> notForKind(String message) {
        return Optional.of(new Problem("NotAllowedForKind", message));
    }
}
