package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;

/**
 * A person of an actor. Contact data is kept only with the person's consent. Removal hides the person;
 * erasure (right to erasure) also wipes every personal field for good.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private UUID id;
    @Column(name = "actor_id", nullable = false)
    private UUID actorId;
    private String name;
    private String email;
    private String phone;
    @Column(name = "job_title")
    private String jobTitle;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] professions = new String[0];
    @Embedded
    private Competencies competencies;
    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;
    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;
    @Column(nullable = false)
    private boolean removed;
    @Column(nullable = false)
    private boolean erased;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Person() {
    }

    public static Person add(UUID actorId, PersonDraft draft) {
        Person person = new Person();
        person.id = TimeOrderedIds.next();
        person.actorId = actorId;
        person.createdAt = DatabaseClock.now();
        person.apply(draft);
        person.updatedAt = person.createdAt;
        return person;
    }

    public void apply(PersonDraft draft) {
        if (draft.contactConsent() && !contactConsent) {
            consentRecordedAt = DatabaseClock.now();
        }
        name = draft.name().strip();
        contactConsent = draft.contactConsent();
        // Without consent, contact data is not kept: withdrawing consent clears it.
        email = contactConsent ? draft.email() : null;
        phone = contactConsent ? draft.phone() : null;
        consentRecordedAt = contactConsent ? consentRecordedAt : null;
        jobTitle = draft.jobTitle();
        professions = draft.professions().stream().map(Enum::name).sorted().toArray(String[]::new);
        competencies = draft.competencies();
        updatedAt = DatabaseClock.now();
    }

    public void remove() {
        removed = true;
        updatedAt = DatabaseClock.now();
    }

    public void erase() {
        name = null;
        email = null;
        phone = null;
        jobTitle = null;
        professions = new String[0];
        competencies = null;
        contactConsent = false;
        consentRecordedAt = null;
        removed = true;
        erased = true;
        updatedAt = DatabaseClock.now();
    }

    public void moveTo(UUID survivor) {
        actorId = survivor;
        updatedAt = DatabaseClock.now();
    }

    public UUID id() { return id; }
    public UUID actorId() { return actorId; }
    public String name() { return name; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String jobTitle() { return jobTitle; }
    public Competencies competencies() { return competencies; }
    public boolean contactConsent() { return contactConsent; }
    public Instant consentRecordedAt() { return consentRecordedAt; }
    public boolean removed() { return removed; }
    public boolean erased() { return erased; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    public Set<Profession> professions() {
        EnumSet<Profession> set = EnumSet.noneOf(Profession.class);
        Arrays.stream(professions).map(Profession::valueOf).forEach(set::add);
        return set;
    }
}
