package org.maillage.diagnostics.territories.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.diagnostics.territories.domain.SearchableNames;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.repository.TerritoryFilter;
import org.maillage.diagnostics.territories.repository.TerritoryRepository;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryName;

@ApplicationScoped
public class TerritoryService {

    private final TerritoryRepository repository;

    public TerritoryService(TerritoryRepository repository) {
        this.repository = repository;
    }

    /**
     * The territory with this code, at the given level if any.
     *
     * @throws ResourceNotFoundException when there is none
     * @throws BadRequestException when the code is shared by several levels and no level was given
     */
    @Transactional
    public TerritoryWithParents get(String code, Optional<TerritoryLevel> level) {
        Territory territory = resolve(code, level);
        return new TerritoryWithParents(territory, parentsOf(territory), repository.childrenCounts(territory.key()));
    }

    /** The territory with this code (at this level if given); same failures as {@link #get}. */
    @Transactional
    public Territory resolve(String code, Optional<TerritoryLevel> level) {
        List<Territory> matches = repository.findByCode(code).stream()
                .filter(territory -> level.isEmpty() || level.get() == territory.level())
                .sorted(Comparator.comparing(Territory::level))
                .toList();
        if (matches.isEmpty()) {
            throw new ResourceNotFoundException("Territory", level.map(l -> l + " ").orElse("") + code);
        }
        if (matches.size() > 1) {
            throw ambiguous(code, matches, "level");
        }
        return matches.get(0);
    }

    /**
     * A territory as a list's filter names it, like the alliance list: "93" is the smallest territory with that
     * code (the département, not the région), "REGION:93" another one.
     *
     * @throws ResourceNotFoundException when there is none, or the level is not one
     */
    @Transactional
    public Territory resolveFilter(String value) {
        TerritoryName name = TerritoryName.parse(value)
                .orElseThrow(() -> new ResourceNotFoundException("Territory", value.strip().toUpperCase(Locale.ROOT)));
        List<Territory> withCode = repository.findByCode(name.code());
        return name.pick(withCode.stream().map(Territory::asReference).toList())
                .flatMap(picked -> withCode.stream().filter(territory -> territory.key().equals(picked.key())).findFirst())
                .orElseThrow(() -> new ResourceNotFoundException("Territory",
                        name.level() == null ? name.code() : name.level() + " " + name.code()));
    }

    /**
     * A page of territories. The parent filter is resolved first: an unknown or ambiguous parent is a 400
     * naming {@code parent}, not an empty page that would hide a typo.
     */
    @Transactional
    public List<Territory> page(TerritoryLevel level, String parent, TerritoryLevel parentLevel, String q,
                                TerritoryKey after, int fetchSize) {
        TerritoryKey parentKey = parent == null ? null : resolveParent(parent, parentLevel);
        String normalised = q == null || q.isBlank() ? null : SearchableNames.normalise(q);
        return repository.page(new TerritoryFilter(level, parentKey, normalised), after, fetchSize);
    }

    @Transactional
    public List<Territory> parentsOf(Territory territory) {
        Map<TerritoryKey, Territory> found = repository.findByKeys(territory.parents()).stream()
                .collect(Collectors.toMap(Territory::key, Function.identity()));
        return territory.parents().stream()
                .map(key -> Optional.ofNullable(found.get(key))
                        .orElseThrow(() -> new IllegalStateException(territory.key() + " has an unknown parent " + key)))
                .toList();
    }

    private TerritoryKey resolveParent(String parent, TerritoryLevel parentLevel) {
        List<Territory> matches = repository.findByCode(parent).stream()
                .filter(territory -> parentLevel == null || parentLevel == territory.level())
                .sorted(Comparator.comparing(Territory::level))
                .toList();
        if (matches.isEmpty()) {
            throw new BadRequestException("No territory has the code " + parent,
                    List.of(new FieldError("parent", "UnknownTerritory", "is not the code of a territory")));
        }
        if (matches.size() > 1) {
            throw ambiguous(parent, matches, "parentLevel");
        }
        return matches.get(0).key();
    }

    private static BadRequestException ambiguous(String code, List<Territory> matches, String levelField) {
        String candidates = matches.stream()
                .map(territory -> territory.level() + " (" + territory.name() + ")")
                .collect(Collectors.joining(", "));
        return new BadRequestException("Code " + code + " names several territories: " + candidates,
                List.of(new FieldError(levelField, "Required", "must be given for a code shared by several levels")));
    }
}
