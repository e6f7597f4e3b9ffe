package org.maillage.alliances.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A multi-party partnership between actors, with its lifecycle state. Collections load eagerly with one
 * select each: the status and guards always need all of them.
 */
@Entity
@Table(name = "alliance")
public class Alliance {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private AllianceType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllianceState state;
    @Column(name = "state_since", nullable = false)
    private Instant stateSince;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "mediator_actor_id")
    private UUID mediatorActorId;
    @Column(name = "mediator_assigned_at")
    private Instant mediatorAssignedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_member", joinColumns = @JoinColumn(name = "alliance_id"))
    private List<Member> members = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_territory", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "code", nullable = false)
    private Set<String> territories = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_theme", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "theme", nullable = false)
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_objective", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    private List<Objective> objectives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @CollectionTable(name = "alliance_fragility", joinColumns = @JoinColumn(name = "alliance_id"))
    private Set<AddressedFragility> fragilities = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @JoinColumn(name = "alliance_id", nullable = false)
    @OrderBy("pledgedAt, id")
    private List<Commitment> commitments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 50)
    @JoinColumn(name = "alliance_id", nullable = false)
    @OrderBy("dueDate, id")
    private List<Milestone> milestones = new ArrayList<>();

    @Column(name = "balance_index")
    private Double balanceIndex;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Alliance() {
    }

    /** A new alliance starts as EMERGING: partners have met and want to work together. */
    public static Alliance propose(AllianceDetails details, List<Member> members, Instant now) {
        Alliance alliance = new Alliance();
        alliance.id = UUID.randomUUID();
        alliance.describe(details, now);
        alliance.members = new ArrayList<>(members);
        alliance.touch(now);
        alliance.state = AllianceState.EMERGING;
        alliance.createdAt = now;
        alliance.stateSince = now;
        return alliance;
    }

    public void describe(AllianceDetails details, Instant now) {
        name = details.name().strip();
        purpose = details.purpose();
        type = details.type();
        territories = new LinkedHashSet<>(details.territories());
        themes = new LinkedHashSet<>(details.themes());
        objectives = new ArrayList<>(details.objectives());
        fragilities = new LinkedHashSet<>(details.fragilities());
        touch(now);
    }

    public AllianceDetails details() {
        return new AllianceDetails(name, purpose, type, Set.copyOf(territories), Set.copyOf(themes),
                List.copyOf(objectives), Set.copyOf(fragilities));
    }

    /** Moves to another state; the caller has checked the guards with {@link Lifecycle}. */
    public AllianceState moveTo(AllianceState to, Outcome closingOutcome, Instant now) {
        AllianceState from = state;
        state = to;
        stateSince = now;
        if (closingOutcome != null) {
            outcome = closingOutcome;
        }
        touch(now);
        return from;
    }

    public void join(Member member, Instant now) {
        members.add(member);
        touch(now);
    }

    public List<Member> leave(UUID actorId, Instant now) {
        List<Member> leaving = activeMembers().stream().filter(m -> m.actorId().equals(actorId)).toList();
        leaving.forEach(m -> m.leave(now));
        members = new ArrayList<>(members);
        touch(now);
        return leaving;
    }

    public void assignMediator(UUID actorId, Instant now) {
        mediatorActorId = actorId;
        mediatorAssignedAt = now;
        touch(now);
    }

    public void pledge(Commitment commitment, Instant now) {
        commitments.add(commitment);
        touch(now);
    }

    public void settle(Commitment commitment, CommitmentStatus to, Instant now) {
        commitment.settle(to, now);
        touch(now);
    }

    public void plan(Milestone milestone, Instant now) {
        milestones.add(milestone);
        touch(now);
    }

    public void reach(Milestone milestone, Instant now) {
        milestone.reach(now);
        touch(now);
    }

    /** Points every reference to an absorbed actor at the actor that survived the merge. */
    public boolean repoint(UUID absorbed, UUID survivor, Instant now) {
        boolean changed = false;
        for (Member m : members) {
            if (m.actorId().equals(absorbed)) {
                m.repoint(survivor);
                changed = true;
            }
        }
        for (Commitment c : commitments) {
            if (c.memberActorId().equals(absorbed)) {
                c.repoint(survivor);
                changed = true;
            }
        }
        if (absorbed.equals(mediatorActorId)) {
            mediatorActorId = survivor;
            changed = true;
        }
        if (changed) {
            members = new ArrayList<>(members);
            touch(now);
        }
        return changed;
    }

    public List<Member> activeMembers() {
        return members.stream().filter(Member::isActive).toList();
    }

    private void touch(Instant now) {
        updatedAt = now;
        if (commitments != null && members != null) {
            balanceIndex = BalanceIndex.of(activeMembers().stream().filter(Member::isExpectedToCommit)
                    .map(Member::actorId).distinct().toList(), commitments);
        }
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String purpose() { return purpose; }
    public AllianceType type() { return type; }
    public AllianceState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public Outcome outcome() { return outcome; }
    public UUID mediatorActorId() { return mediatorActorId; }
    public Instant mediatorAssignedAt() { return mediatorAssignedAt; }
    public List<Member> members() { return List.copyOf(members); }
    public List<Objective> objectives() { return List.copyOf(objectives); }
    public List<Commitment> commitments() { return List.copyOf(commitments); }
    public List<Milestone> milestones() { return List.copyOf(milestones); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
