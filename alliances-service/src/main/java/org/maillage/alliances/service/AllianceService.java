package org.maillage.alliances.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.maillage.alliances.domain.Acting;
import org.maillage.alliances.domain.Alliance;
import org.maillage.alliances.domain.AllianceDetails;
import org.maillage.alliances.domain.Consent;
import org.maillage.alliances.events.AllianceArchived;
import org.maillage.alliances.events.AllianceEvents;
import org.maillage.alliances.events.AllianceProposed;
import org.maillage.alliances.events.AllianceUpdated;
import org.maillage.alliances.repository.TerritoryScopeRepository;
import org.maillage.commons.http.ETags;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.territory.TerritoryInScope;

/** Proposing an alliance and revising its description. */
@ApplicationScoped
public class AllianceService {

    private final AllianceStore store;
    private final AllianceAccess access;
    private final NewMembers newMembers;
    private final AllianceChanges changes;
    private final DeclaredTerritories territories;
    private final TerritoryScopeRepository scopes;

    public AllianceService(AllianceStore store, NewMembers newMembers, AllianceChanges changes,
                           DeclaredTerritories territories, TerritoryScopeRepository scopes, AllianceAccess access) {
        this.access = access;
        this.store = store;
        this.newMembers = newMembers;
        this.changes = changes;
        this.territories = territories;
        this.scopes = scopes;
    }

    /**
     * Proposes an alliance; every member must be a known, non-archived actor, every territory a known one. The
     * proposer's own organisation is active at once, the others are invited (all active when an admin proposes).
     */
    @Transactional
    public Alliance propose(AllianceDetails details, List<NewMember> requested) {
        access.requireProposer(requested.stream().map(NewMember::actorId).toList());
        List<TerritoryInScope> scope = territories.scopeOf(List.copyOf(details.territories()));
        newMembers.requireKnown(requested, "members");
        Instant now = DatabaseClock.now();
        Acting by = access.acting();
        Alliance alliance = Alliance.propose(details, requested.stream()
                .map(m -> Consent.entering(by, m.actorId(), m.role(), now)).toList(), now);
        store.persist(alliance);
        store.flush();
        scopes.replace(alliance.id(), scope);
        changes.record(AllianceEvents.PROPOSED, alliance.id().toString(), AllianceProposed.of(alliance));
        return alliance;
    }

    @Transactional
    public Alliance get(UUID id) {
        return store.find(id);
    }

    /**
     * Revises the description in one transaction: the alliance is read once and If-Match checked once against it,
     * before the revision (a merge patch) is computed from the current details; only then who may change it
     * (403) and whether it may still change (409), as a patch was always answered.
     */
    @Transactional
    public Alliance describe(UUID id, String ifMatch, UnaryOperator<AllianceDetails> revise, Set<String> changed) {
        Alliance alliance = store.find(id);
        ETags.requireMatch(ifMatch, alliance.version());
        AllianceDetails details = revise.apply(alliance.details());
        store.requireChangeable(alliance, access::requireLead);
        List<TerritoryInScope> scope = territories.scopeOf(List.copyOf(details.territories()));
        alliance.describe(details, DatabaseClock.now());
        store.flush();
        scopes.replace(id, scope);
        changes.record(AllianceEvents.UPDATED, id.toString(),
                AllianceUpdated.of(alliance, changed));
        return alliance;
    }

    /**
     * Deletes the alliance the way sync clients can see: it becomes an archived tombstone, read-only, left
     * out of lists unless includeArchived=true. Archiving an archived alliance changes nothing.
     */
    @Transactional
    public Alliance archive(UUID id, String ifMatch) {
        Alliance alliance = store.find(id);
        access.requireLead(alliance);
        ETags.requireMatch(ifMatch, alliance.version());
        if (alliance.archive(DatabaseClock.now())) {
            store.flush();
            changes.record(AllianceEvents.ARCHIVED, id.toString(),
                    new AllianceArchived(id, alliance.state(), alliance.version(), alliance.archivedAt()));
        }
        return alliance;
    }
}
