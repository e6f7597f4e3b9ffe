package org.maillage.actors.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.maillage.actors.domain.Profession;
import org.maillage.actors.domain.PersonFilter;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.web.QueryParams;
import org.maillage.territory.Territory;

/** Reads the directory's parameters into a filter, with a problem naming any bad parameter. */
@ApplicationScoped
public class PeopleDirectoryFilters {

    private final ActorFilters actorFilters;

    public PeopleDirectoryFilters(ActorFilters actorFilters) {
        this.actorFilters = actorFilters;
    }

    PersonFilter parse(PeopleDirectoryParams params) {
        Territory territory = actorFilters.territory(params.territory);
        Set<Profession> professions = EnumSet.noneOf(Profession.class);
        professions.addAll(distinct("profession", params.profession,
                value -> QueryParams.enumValue(Profession.class, "profession", value)));
        Set<UUID> actors = distinct("actor", params.actor, value -> QueryParams.uuid("actor", value));
        return new PersonFilter(professions, actors, params.q,
                territory == null ? null : territory.key(), territory == null ? List.of() : territory.parents(),
                SyncRequest.of(params.updatedSince, params.includeArchived));
    }

    /** The values of a repeated parameter, each read strictly; one given twice is refused, as in a unique list. */
    private static <T> Set<T> distinct(String parameter, List<String> values, Function<String, T> read) {
        Set<T> seen = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (!seen.add(read.apply(value))) {
                throw new BadRequestException(parameter + " repeats '" + value + "'",
                        List.of(new FieldError(parameter, "Duplicate", "must not repeat a value")));
            }
        }
        return seen;
    }
}
