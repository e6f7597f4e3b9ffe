package org.maillage.actors.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.Identifier;
import org.maillage.actors.domain.IdentifierScheme;
import org.maillage.actors.domain.OfficialNumbers;
import org.maillage.actors.domain.Profession;
import org.maillage.vocabulary.Theme;
import org.maillage.actors.domain.World;
import org.maillage.actors.domain.ActorFilter;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.commons.web.QueryParams;
import org.maillage.territory.TerritoryReference;
import org.maillage.territory.Territory;

/** Reads the list parameters into a filter, with a problem naming any bad parameter. */
@ApplicationScoped
public class ActorFilters {

    private final TerritoryReference reference;

    public ActorFilters(TerritoryReference reference) {
        this.reference = reference;
    }

    ActorFilter parse(ActorListParams params) {
        Territory territory = territory(params.territory);
        return new ActorFilter(QueryParams.enumValue(ActorKind.class, "kind", params.kind),
                QueryParams.enumValue(World.class, "world", params.world),
                QueryParams.enumValue(Theme.class, "theme", params.theme),
                params.q,
                territory == null ? null : territory.key(),
                territory == null ? List.of() : territory.parents(),
                identifier(params),
                QueryParams.enumValue(Profession.class, "profession", params.profession),
                SyncRequest.of(params.updatedSince, params.includeArchived));
    }

    /** The filter of a summary: living actors of a territory, possibly on one theme. */
    ActorFilter summary(String territoryParam, String themeParam) {
        Territory territory = territory(territoryParam);
        return new ActorFilter(null, null, QueryParams.enumValue(Theme.class, "theme", themeParam), null,
                territory == null ? null : territory.key(), territory == null ? List.of() : territory.parents(),
                null, null, SyncRequest.of(null, false));
    }

    /** The territory a filter value names, or a 422 problem naming the parameter when the reference lacks it. */
    Territory territory(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return reference.resolve(code).orElseThrow(() -> new UnprocessableException(
                "territory " + code + " is not in the territorial reference",
                List.of(new FieldError("territory", "UnknownTerritory", "is not in the territorial reference"))));
    }

    private static Identifier identifier(ActorListParams params) {
        IdentifierScheme scheme = QueryParams.enumValue(IdentifierScheme.class, "identifierScheme", params.identifierScheme);
        boolean hasValue = params.identifier != null && !params.identifier.isBlank();
        if ((scheme == null) != !hasValue) {
            throw new BadRequestException("identifier and identifierScheme go together",
                    List.of(new FieldError(scheme == null ? "identifierScheme" : "identifier", "Required",
                            "is required with " + (scheme == null ? "identifier" : "identifierScheme"))));
        }
        return scheme == null ? null : new Identifier(scheme, OfficialNumbers.normalise(params.identifier));
    }
}
