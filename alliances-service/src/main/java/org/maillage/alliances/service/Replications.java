package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.Consent;
import org.maillage.alliances.domain.Guards;
import org.maillage.alliances.domain.MemberRole;
import org.maillage.alliances.domain.Replication;
import org.maillage.alliances.domain.UnmetCondition;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.AllianceProposed;
import org.maillage.alliances.events.AllianceReplicated;
import org.maillage.alliances.repository.TerritoryScopeRepository;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;
import org.maillage.territory.TerritoryInScope;

/** Starting a proven alliance again in another territory. */
@ApplicationScoped
public class Replications {

    private final AllianceStore store;
    private final AllianceAccess access;
    private final NewMembers newMembers;
    private final DeclaredTerritories territories;
    private final TerritoryScopeRepository scopes;
    private final AllianceChanges changes;

    public Replications(AllianceStore store, AllianceAccess access, NewMembers newMembers, DeclaredTerritories territories,
                        TerritoryScopeRepository scopes, AllianceChanges changes) {
        this.store = store;
        this.access = access;
        this.newMembers = newMembers;
        this.territories = territories;
        this.scopes = scopes;
        this.changes = changes;
    }

    /**
     * A new EMERGING alliance from the proven source (see {@link Replication} for what is carried over), led by
     * leadActorId or the caller's organisation, acting on territories the source does not declare.
     *
     * @param name the new alliance's name, or null for "<source name> — <first territory's name>"
     */
    @Transactional
    public Alliance replicate(UUID sourceId, List<String> codes, String name, UUID leadActorId) {
        Alliance source = store.find(sourceId);
        UUID lead = access.replicationLead(leadActorId);
        List<UnmetCondition> unproven = Guards.unproven(source);
        if (!unproven.isEmpty()) {
            throw new ConflictException("Alliance " + sourceId + " cannot be replicated: "
                    + String.join("; ", unproven.stream().map(UnmetCondition::message).toList()),
                    unproven.stream().map(u -> new FieldError("id", u.code(), u.message())).toList());
        }
        requireElsewhere(source, codes);
        List<TerritoryInScope> scope = territories.scopeOf(codes);
        newMembers.requireKnown(lead, "leadActorId");
        Set<String> declared = new LinkedHashSet<>(codes);
        String named = name != null ? name.strip() : Replication.defaultName(source, territories.name(codes.get(0)));
        Instant now = DatabaseClock.now();
        Alliance alliance = Alliance.replicate(source, Replication.details(source, named, declared),
                List.of(Consent.entering(access.acting(), lead, MemberRole.LEAD, now)), now);
        store.persist(alliance);
        store.flush();
        scopes.replace(alliance.id(), scope);
        String subject = alliance.id().toString();
        changes.record(AllianceEvents.PROPOSED, subject, AllianceProposed.of(alliance));
        changes.record(AllianceEvents.REPLICATED, subject, new AllianceReplicated(alliance.id(), sourceId, declared, now));
        return alliance;
    }

    /** A replication acts elsewhere: none of its territories may be one the source already declares. */
    private static void requireElsewhere(Alliance source, List<String> codes) {
        Set<String> sourceTerritories = source.details().territories();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (sourceTerritories.contains(codes.get(i))) {
                errors.add(new FieldError("territories[" + i + "]", "SourceTerritory", codes.get(i)
                        + " is already a territory of alliance " + source.id() + ": a replication acts elsewhere"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The replication must act in another territory than its source: "
                    + String.join("; ", errors.stream().map(FieldError::message).toList()), errors);
        }
    }
}
