package org.maillage.commons.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import org.maillage.commons.paging.PageRequest;

/**
 * Reads a collection's change feed ({@code sync_change}, kept by the {@code sync_change_record} trigger each
 * synchronised table carries). A page is read in one REPEATABLE READ snapshot: the positions and the records
 * loaded after them agree, so a record is never shown at a state newer than the position it is given with
 * (which would show that newer change twice).
 */
@ApplicationScoped
public class ChangeFeed {

    private final EntityManager entityManager;

    public ChangeFeed(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The changes after {@code from}; {@code records} loads the records of the given keys (the map leaves out
     * none of them: a deleted record comes back as its tombstone). Must be the transaction's first statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> SyncPage<T> page(Checkpoint from, PageRequest page, Function<List<String>, Map<String, T>> records) {
        List<Change> changes = changesAfter(from, page.fetchSize());
        boolean more = changes.size() > page.limit();
        List<Change> kept = more ? changes.subList(0, page.limit()) : changes;
        Map<String, T> loaded = kept.isEmpty() ? Map.of() : records.apply(kept.stream().map(Change::key).toList());
        List<T> items = new ArrayList<>(kept.size());
        for (Change change : kept) {
            T record = loaded.get(change.key());
            if (record == null) {
                throw new IllegalStateException("No record nor tombstone for " + from.collection() + " " + change.key());
            }
            items.add(record);
        }
        Checkpoint next = kept.isEmpty() ? from : from.after(kept.get(kept.size() - 1).position());
        return new SyncPage<>(items, next.encode(), more);
    }

    private List<Change> changesAfter(Checkpoint from, int count) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement isolation = connection.createStatement()) {
                isolation.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT record_key, position FROM sync_change
                     WHERE collection = ? AND position > ? ORDER BY position LIMIT ?""")) {
                statement.setString(1, from.collection());
                statement.setLong(2, from.position());
                statement.setInt(3, count);
                List<Change> changes = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new Change(rows.getString(1), rows.getLong(2)));
                    }
                }
                return changes;
            }
        });
    }

    private record Change(String key, long position) {
    }
}
