package org.maillage.diagnostics.coverage.service;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.maillage.diagnostics.coverage.domain.KnownActor;
import org.maillage.diagnostics.coverage.domain.KnownAlliance;
import org.maillage.diagnostics.coverage.repository.KnownActorRepository;
import org.maillage.diagnostics.coverage.repository.KnownAllianceRepository;
import org.maillage.diagnostics.coverage.repository.TerritoryPresence;
import org.maillage.diagnostics.territories.domain.Territory;
import org.maillage.diagnostics.territories.domain.TerritoryRef;
import org.maillage.diagnostics.territories.service.TerritoryRelations;
import org.maillage.territory.TerritoryKey;

/** Who acts on a territory, from the actor and alliance projections. */
@ApplicationScoped
public class EcosystemService {

    /** Actors listed; the counts include every one. */
    public static final int MAX_ACTORS_SHOWN = 500;

    private final KnownActorRepository actors;
    private final KnownAllianceRepository alliances;
    private final TerritoryPresence presence;
    private final TerritoryRelations relations;

    public EcosystemService(KnownActorRepository actors, KnownAllianceRepository alliances, TerritoryPresence presence,
                            TerritoryRelations relations) {
        this.actors = actors;
        this.alliances = alliances;
        this.presence = presence;
        this.relations = relations;
    }

    /** Only the actors and alliances present on the territory (found in SQL) are loaded. */
    @Transactional
    public Ecosystem of(Territory territory) {
        List<KnownAlliance> allAlliances = byIds(alliances, presence.alliances(territory));
        Set<UUID> actorIds = new LinkedHashSet<>(presence.actors(territory));
        allAlliances.forEach(alliance -> alliance.members().forEach(m -> actorIds.add(m.actorId())));
        List<KnownActor> allActors = byIds(actors, List.copyOf(actorIds)).stream().filter(a -> !a.archived()).toList();
        List<TerritoryRef> named = Stream.concat(allActors.stream().flatMap(a -> a.territories().stream()),
                allAlliances.stream().flatMap(a -> a.territories().stream())).toList();
        Map<TerritoryKey, Territory> known = relations.load(named);
        Map<String, Integer> alliancesByState = new TreeMap<>();
        Set<UUID> allianceMembers = new HashSet<>();
        for (KnownAlliance alliance : allAlliances) {
            if (relations.relation(territory, alliance.territories(), known).isPresent()) {
                alliancesByState.merge(String.valueOf(alliance.state()), 1, Integer::sum);
                alliance.members().forEach(m -> allianceMembers.add(m.actorId()));
            }
        }
        List<Ecosystem.PresentActor> present = new ArrayList<>();
        Map<String, Map<String, Integer>> byWorld = new TreeMap<>();
        Map<String, Integer> professions = new TreeMap<>();
        for (KnownActor actor : allActors) {
            Optional<String> relation = relations.relation(territory, actor.territories(), known).map(Enum::name)
                    .or(() -> allianceMembers.contains(actor.id()) ? Optional.of("ALLIANCE") : Optional.empty());
            if (relation.isEmpty()) {
                continue;
            }
            present.add(new Ecosystem.PresentActor(actor.id(), actor.name(), actor.kind(), actor.world(), relation.get()));
            byWorld.computeIfAbsent(String.valueOf(actor.world()), w -> new LinkedHashMap<>())
                    .merge(String.valueOf(actor.kind()), 1, Integer::sum);
            new HashSet<>(actor.professions()).forEach(p -> professions.merge(p, 1, Integer::sum));
        }
        return new Ecosystem(territory, present.size(), byWorld, professions, alliancesByState,
                List.copyOf(present.subList(0, Math.min(present.size(), MAX_ACTORS_SHOWN))));
    }

    private static <T> List<T> byIds(PanacheRepositoryBase<T, UUID> repository, List<UUID> ids) {
        return ids.isEmpty() ? List.of() : repository.list("id in ?1 order by id", ids);
    }
}
