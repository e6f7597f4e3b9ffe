package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.repository.AllianceRepository;
import org.maillage.alliances.repository.LineageRepository;

/** The tree of replications an alliance belongs to, from its root ancestor down. */
@ApplicationScoped
public class Lineages {

    /** Generations walked up from the alliance and down from the root: a lineage stays a readable document. */
    public static final int MAX_DEPTH = 10;
    public static final int MAX_NODES = 500;

    /** An alliance of the lineage; full is false when the caller sees only its place in the tree. */
    public record Node(Alliance alliance, boolean full, List<Node> replications) {
    }

    /** The root, and whether generations or alliances past the limits were left out. */
    public record Lineage(Node root, boolean truncated) {
    }

    private final AllianceStore store;
    private final LineageRepository lineage;
    private final AllianceRepository alliances;
    private final AllianceAccess access;

    public Lineages(AllianceStore store, LineageRepository lineage, AllianceRepository alliances, AllianceAccess access) {
        this.store = store;
        this.lineage = lineage;
        this.alliances = alliances;
        this.access = access;
    }

    @Transactional
    public Lineage of(UUID id) {
        store.find(id);
        List<LineageRepository.Row> rows = lineage.tree(id, MAX_DEPTH, MAX_NODES);
        List<LineageRepository.Row> kept = rows.stream().filter(r -> r.depth() <= MAX_DEPTH).limit(MAX_NODES).toList();
        Map<UUID, Alliance> byId = alliances.list("id in ?1", kept.stream().map(LineageRepository.Row::id).toList())
                .stream().collect(Collectors.toMap(Alliance::id, Function.identity()));
        Map<UUID, List<Alliance>> children = kept.stream().skip(1).map(r -> byId.get(r.id()))
                .collect(Collectors.groupingBy(Alliance::replicatedFrom));
        Alliance root = byId.get(kept.get(0).id());
        boolean truncated = kept.size() < rows.size() || root.replicatedFrom() != null;
        return new Lineage(node(root, children), truncated);
    }

    private Node node(Alliance alliance, Map<UUID, List<Alliance>> children) {
        // Children keep the query's order: oldest replication first.
        return new Node(alliance, access.readsInFull(alliance), children.getOrDefault(alliance.id(), List.of()).stream()
                .map(child -> node(child, children)).toList());
    }
}
