package org.maillage.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.actors.domain.Actor;
import org.maillage.actors.repository.ActorRepository;
import org.maillage.actors.repository.DuplicateQueries;

/** Likely duplicates of an actor, with their similarity score. */
@ApplicationScoped
public class ActorDuplicates {

    public static final int MAX_CANDIDATES = 20;

    public record Scored(Actor actor, double score) {
    }

    private final ActorService service;
    private final ActorRepository actors;
    private final DuplicateQueries queries;

    public ActorDuplicates(ActorService service, ActorRepository actors, DuplicateQueries queries) {
        this.service = service;
        this.actors = actors;
        this.queries = queries;
    }

    @Transactional
    public List<Scored> of(UUID id, double threshold) {
        service.get(id);
        List<DuplicateQueries.Candidate> candidates = queries.candidates(id, threshold, MAX_CANDIDATES);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<UUID, Actor> byId = actors.list("id in ?1", candidates.stream().map(DuplicateQueries.Candidate::id).toList())
                .stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        return candidates.stream().map(c -> new Scored(byId.get(c.id()), c.score())).toList();
    }
}
