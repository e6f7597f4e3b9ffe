package org.maillage.actors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.maillage.commons.persistence.DatabaseClock;
import org.maillage.commons.persistence.TimeOrderedIds;
import org.maillage.commons.persistence.VersionedEntity;

/**
 * A person of an actor. Contact data is kept only with the person's consent. Removal hides the person;
 * erasure (right to erasure) also wipes every personal field for good.
 */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

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

    protected Person() {
    }

    public static Person add(UUID actorId, PersonDraft draft) {
        Person person = new Person();
        person.id = TimeOrderedIds.next();
        person.actorId = actorId;
        Instant now = DatabaseClock.now();
        person.apply(draft, now);
        person.created(now);
        return person;
    }

    public void apply(PersonDraft draft) {
        apply(draft, DatabaseClock.now());
    }

    private void apply(PersonDraft draft, Instant now) {
        if (draft.contactConsent() && !contactConsent) {
            consentRecordedAt = now;
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
        touch(now);
    }

    public void remove() {
        removed = true;
        touch(DatabaseClock.now());
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
        touch(DatabaseClock.now());
    }

    public void moveTo(UUID survivor) {
        actorId = survivor;
        touch(DatabaseClock.now());
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

    public Set<Profession> professions() {
        EnumSet<Profession> set = EnumSet.noneOf(Profession.class);
        Arrays.stream(professions).map(Profession::valueOf).forEach(set::add);
        return set;
    }
}
