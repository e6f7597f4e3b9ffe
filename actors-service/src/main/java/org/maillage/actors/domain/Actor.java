package org.maillage.actors.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.persistence.VersionedEntity;
import org.maillage.vocabulary.Theme;

/** An organisation of the registry. Archived actors stay as tombstones; merged ones point to their survivor. */
@Entity
@Table(name = "actor")
public class Actor extends VersionedEntity {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private World world;
    private String description;
    private String website;
    private String email;
    private String phone;
    @Embedded
    private Address address;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] themes = new String[0];
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "actor_territory", joinColumns = @JoinColumn(name = "actor_id"))
    private Set<ActorTerritory> territories = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "actor_identifier", joinColumns = @JoinColumn(name = "actor_id"))
    private Set<Identifier> identifiers = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "actor_external_ref", joinColumns = @JoinColumn(name = "actor_id"))
    private Set<ExternalRef> externalRefs = new HashSet<>();
    @Column(nullable = false)
    private boolean archived;
    @Column(name = "archived_at")
    private Instant archivedAt;
    @Column(name = "merged_into")
    private UUID mergedInto;

    protected Actor() {
    }

    public static Actor register(ActorDraft draft) {
        Actor actor = new Actor();
        actor.id = TimeOrderedIds.next();
        // Microseconds: what PostgreSQL keeps, so cursors built before and after a reload agree.
        Instant now = DatabaseClock.now();
        actor.apply(draft, ActorTerritory.scopeOf(draft.territories()), now);
        actor.created(now);
        return actor;
    }

    /**
     * Replaces every client-settable field with the draft's, when the draft changes any: an update that changes
     * nothing leaves the actor untouched, so it keeps its version. Returns the names of the fields changed.
     */
    public List<String> update(ActorDraft draft) {
        Set<ActorTerritory> scope = ActorTerritory.scopeOf(draft.territories());
        List<String> changed = ActorChanges.between(this, draft, scope);
        if (!changed.isEmpty()) {
            apply(draft, scope, DatabaseClock.now());
        }
        return changed;
    }

    private void apply(ActorDraft draft, Set<ActorTerritory> scope, Instant now) {
        name = draft.name().strip();
        kind = draft.kind();
        world = kind.world();
        description = draft.description();
        website = draft.website();
        email = draft.email();
        phone = draft.phone();
        address = draft.address();
        themes = draft.themes().stream().map(Enum::name).sorted().toArray(String[]::new);
        replace(territories, scope);
        replace(identifiers, draft.identifiers());
        replace(externalRefs, draft.externalRefs());
        touch(now);
    }

    public void archive(UUID survivor) {
        archived = true;
        archivedAt = DatabaseClock.now();
        mergedInto = survivor;
        touch(DatabaseClock.now());
    }

    /** A merged actor hands its identifiers and external refs over to the survivor. */
    public void releaseIdentity() {
        identifiers.clear();
        externalRefs.clear();
        touch(DatabaseClock.now());
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public ActorKind kind() { return kind; }
    public World world() { return world; }
    public String description() { return description; }
    public String website() { return website; }
    public String email() { return email; }
    public String phone() { return phone; }
    public Address address() { return address; }
    public Set<ActorTerritory> territories() { return territories; }
    public Set<Identifier> identifiers() { return identifiers; }
    public Set<ExternalRef> externalRefs() { return externalRefs; }
    public boolean archived() { return archived; }
    public Instant archivedAt() { return archivedAt; }
    public UUID mergedInto() { return mergedInto; }

    public Set<Theme> themes() {
        EnumSet<Theme> set = EnumSet.noneOf(Theme.class);
        Arrays.stream(themes).map(Theme::valueOf).forEach(set::add);
        return set;
    }

    public ActorView view() {
        return new ActorView(id, name, kind, world, description, website, email, phone, address, declaredTerritories(),
                themes(), List.copyOf(identifiers), List.copyOf(externalRefs), archived, archivedAt, mergedInto,
                createdAt(), updatedAt(), version());
    }

    public List<ActorTerritory> declaredTerritories() {
        return territories.stream().filter(ActorTerritory::declared).toList();
    }
}
