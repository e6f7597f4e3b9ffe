package org.maillage.diagnostics.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.ResourceNotFoundException;
import org.maillage.diagnostics.domain.Territory;
import org.maillage.diagnostics.repository.TerritoryRepository;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

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
    public TerritoryWithParents get(String code, Optional<TerritoryLevel> level) {
        List<Territory> matches = repository.findByCode(code).stream()
                .filter(territory -> level.isEmpty() || level.get() == territory.level())
                .sorted(Comparator.comparing(Territory::level))
                .toList();
        if (matches.isEmpty()) {
            throw new ResourceNotFoundException("Territory", level.map(l -> l + " ").orElse("") + code);
        }
        if (matches.size() > 1) {
            throw ambiguous(code, matches);
        }
        Territory territory = matches.get(0);
        return new TerritoryWithParents(territory, parentsOf(territory));
    }

    private List<Territory> parentsOf(Territory territory) {
        Map<TerritoryKey, Territory> found = repository.findByKeys(territory.parents()).stream()
                .collect(Collectors.toMap(Territory::key, Function.identity()));
        return territory.parents().stream()
                .map(key -> Optional.ofNullable(found.get(key))
                        .orElseThrow(() -> new IllegalStateException(territory.key() + " has an unknown parent " + key)))
                .toList();
    }

    private static BadRequestException ambiguous(String code, List<Territory> matches) {
        String candidates = matches.stream()
                .map(territory -> territory.level() + " (" + territory.name() + ")")
                .collect(Collectors.joining(", "));
        return new BadRequestException("Code " + code + " names several territories: " + candidates,
                List.of(new FieldError("level", "Required", "must be given for a code shared by several levels")));
    }
}
