package org.maillage.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.maillage.actors.domain.Actor;
import org.maillage.commons.paging.KeysetCursor;
import org.maillage.commons.paging.PageRequest;

@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, UUID> {

    /** One keyset page in registration order: (createdAt, id) after the cursor, never OFFSET. */
    public List<Actor> page(ActorFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.world() != null) {
            where.add("world = :world");
            params.and("world", filter.world());
        }
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            where.add("(createdAt > :at or (createdAt = :at and id > :id))");
            params.and("at", after.at()).and("id", after.id());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.by("createdAt").and("id"), params).page(0, page.fetchSize()).list();
    }
}
