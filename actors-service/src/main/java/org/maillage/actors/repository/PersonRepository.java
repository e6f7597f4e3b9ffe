package org.maillage.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.maillage.actors.domain.Person;
import org.maillage.actors.domain.PersonFilter;
import org.maillage.commons.http.SyncRequest;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** People of an actor, keyset by (createdAt, id), or (updatedAt, id) for incremental sync. */
    public List<Person> page(UUID actorId, SyncRequest sync, PageRequest page) {
        String order = sync.bySync() ? "updatedAt" : "createdAt";
        List<String> where = new ArrayList<>(List.of("actorId = :actor"));
        Parameters params = Parameters.with("actor", actorId);
        if (!sync.includeArchived()) {
            where.add("removed = false");
        }
        if (sync.updatedSince() != null) {
            where.add("updatedAt >= :since");
            params.and("since", sync.updatedSince());
        }
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            where.add("(" + order + " > :at or (" + order + " = :at and id > :id))");
            params.and("at", after.at()).and("id", after.id());
        }
        return find(String.join(" and ", where), Sort.by(order).and("id"), params).page(0, page.fetchSize()).list();
    }

    /** The people of the given ids (as text, as the change feed keeps them), by id. */
    public Map<String, Person> byIds(List<String> ids) {
        return list("id in ?1", ids.stream().map(UUID::fromString).toList()).stream()
                .collect(Collectors.toMap(person -> person.id().toString(), person -> person));
    }

    /**
     * One keyset page of the people directory, in one statement.
     *
     * @param words the text filter as a tsquery literal (see {@link SearchWords}), or null for none
     */
    public List<Person> directory(PersonFilter filter, String words, PageRequest page) {
        PersonQuery sql = PersonQuery.of(filter, words, page);
        Query query = getEntityManager().createNativeQuery(sql.text(), Person.class);
        sql.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Person> people = query.getResultList();
        return people;
    }

    public List<Person> ofActor(UUID actorId) {
        return list("actorId", actorId);
    }
}
