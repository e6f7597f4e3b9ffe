package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The change feed against writers that commit in another order than they wrote: a client polling with its
 * token gets every committed change once, in commit order, and ends with exactly the table's content.
 */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM probe_record");
        }
    }

    @Test
    void aTransactionThatWroteFirstButCommitsLastComesAfterTheOneThatCommittedAndIsNotSkipped() throws SQLException {
        String token = drain(null, 500, new HashMap<>()).token;
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        try (Connection first = transaction(); Connection second = transaction()) {
            insert(first, early, 1);
            insert(second, late, 2);
            second.commit();

            Poll whileFirstIsOpen = poll(token, 500);
            assertEquals(List.of(late.toString()), whileFirstIsOpen.ids(), "only what committed is shown");
            assertFalse(whileFirstIsOpen.hasMore);

            first.commit();
            Poll afterFirstCommitted = poll(whileFirstIsOpen.token, 500);
            assertEquals(List.of(early.toString()), afterFirstCommitted.ids(),
                    "the change that committed later comes later, although it was written first");
        }
    }

    @Test
    void updatesAndDeletionsMoveARecordToTheEndOnceAndRolledBackChangesNeverShow() throws SQLException {
        String token = drain(null, 500, new HashMap<>()).token;
        UUID kept = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        try (Connection connection = transaction()) {
            insert(connection, kept, 1);
            insert(connection, deleted, 1);
            insert(connection, other, 1);
            connection.commit();
            update(connection, kept, 2);
            update(connection, kept, 3);
            connection.commit();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM probe_record WHERE id = ?")) {
                delete.setObject(1, deleted);
                delete.executeUpdate();
            }
            connection.commit();
            update(connection, other, 99);
            connection.rollback();
        }
        JsonPath page = given().queryParam("checkpoint", token).queryParam("limit", 500).when().get("/probe/changes")
                .then().statusCode(200).body("hasMore", equalTo(false)).extract().jsonPath();
        assertEquals(List.of(other.toString(), kept.toString(), deleted.toString()), page.getList("items.id"),
                "each record once, where its last committed change put it");
        assertEquals(List.of(1, 3), List.of(page.getInt("items[0].value"), page.getInt("items[1].value")));
        assertEquals(true, page.getBoolean("items[2].deleted"), "a deleted record comes as its tombstone");
    }

    @Test
    void pagesFollowOneAnotherWithALinkWhileChangesWait() throws SQLException {
        String start = drain(null, 500, new HashMap<>()).token;
        try (Connection connection = transaction()) {
            for (int i = 0; i < 5; i++) {
                insert(connection, UUID.randomUUID(), i);
            }
            connection.commit();
        }
        var first = given().queryParam("checkpoint", start).queryParam("limit", 2).when().get("/probe/changes")
                .then().statusCode(200)
                .body("items.size()", equalTo(2)).body("hasMore", equalTo(true))
                .header("Link", containsString("rel=\"next\"")).extract();
        String token = first.jsonPath().getString("checkpoint");
        assertTrue(first.header("Link").contains("checkpoint=" + token), "Link carries the next checkpoint");
        Poll rest = drain(token, 2, new HashMap<>());
        assertEquals(3, rest.seen, "the other three, once each");
        Poll caughtUp = poll(rest.token, 2);
        assertEquals(List.of(), caughtUp.ids());
        assertEquals(rest.token, caughtUp.token, "a client that caught up keeps its checkpoint");
    }

    @Test
    void aCheckpointOfAnotherFeedOrForgedIsRefused() {
        String actorsToken = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("actors:12".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String token : List.of(actorsToken, "not-a-token", "cHJvYmVzOi0x", "cHJvYmVzOng")) {
            given().queryParam("checkpoint", token).when().get("/probe/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("checkpoint"));
        }
        given().queryParam("limit", 0).when().get("/probe/changes").then().statusCode(400);
    }

    /**
     * Writers hold their transactions open for random times (so later ones often commit first) and some roll
     * back, while a client polls in small pages. Every record the client holds at the end is exactly the
     * table's; for each record it saw only newer states, never one twice, never one that rolled back.
     */
    @RepeatedTest(8)
    void aPollingClientMissesNothingWhateverTheCommitOrder() throws Exception {
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(UUID.randomUUID());
        }
        String start = drain(null, 500, new HashMap<>()).token;
        Set<Long> rolledBack = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> write(keys, rolledBack, 40)));
            }
            Future<Client> client = pool.submit(() -> {
                Client state = new Client(start);
                while (writing.get()) {
                    state.pollOnce(7);
                }
                state.catchUp(7);
                return state;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            Client seen = client.get();

            assertEquals(table(), seen.records, "the client ends with exactly the table's content");
            assertTrue(seen.values.stream().noneMatch(rolledBack::contains), "no rolled-back change is ever shown");
            assertTrue(seen.regressions.isEmpty(), "a record never goes back to an older state: " + seen.regressions);
        } finally {
            pool.shutdownNow();
        }
    }

    private Void write(List<UUID> keys, Set<Long> rolledBack, int transactions) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection connection = transaction()) {
            for (int t = 0; t < transactions; t++) {
                List<Long> written = new ArrayList<>();
                // In key order, so that writers never deadlock.
                Set<UUID> touched = new java.util.TreeSet<>();
                for (int n = random.nextInt(1, 4); n > 0; n--) {
                    touched.add(keys.get(random.nextInt(keys.size())));
                }
                for (UUID key : touched) {
                    written.add(upsert(connection, key));
                }
                Thread.sleep(random.nextInt(0, 20));
                if (random.nextInt(10) == 0) {
                    connection.rollback();
                    rolledBack.addAll(written);
                } else {
                    connection.commit();
                }
            }
        }
        return null;
    }

    /** What a synchronising client keeps: each record's last state, and what it noticed going wrong. */
    private final class Client {
        final Map<String, Long> records = new HashMap<>();
        final Set<Long> values = new HashSet<>();
        final List<String> regressions = new ArrayList<>();
        String token;

        Client(String token) {
            this.token = token;
        }

        boolean pollOnce(int limit) {
            JsonPath page = given().queryParam("checkpoint", token).queryParam("limit", limit)
                    .when().get("/probe/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                String id = (String) item.get("id");
                if (Boolean.TRUE.equals(item.get("deleted"))) {
                    records.remove(id);
                    continue;
                }
                long value = ((Number) item.get("value")).longValue();
                Long before = records.put(id, value);
                if (before != null && before >= value) {
                    regressions.add(id + ": " + before + " then " + value);
                }
                if (!values.add(value)) {
                    regressions.add(id + ": " + value + " shown twice");
                }
            }
            token = page.getString("checkpoint");
            return page.getBoolean("hasMore");
        }

        void catchUp(int limit) {
            while (pollOnce(limit)) {
                // drains what committed before the writers stopped
            }
        }
    }

    private Map<String, Long> table() throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, value FROM probe_record");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        return rows;
    }

    private record Poll(List<Map<String, Object>> items, String token, boolean hasMore, int seen) {
        List<String> ids() {
            return items.stream().map(item -> (String) item.get("id")).toList();
        }
    }

    private Poll poll(String token, int limit) {
        var request = given().queryParam("limit", limit);
        if (token != null) {
            request.queryParam("checkpoint", token);
        }
        JsonPath page = request.when().get("/probe/changes").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return new Poll(items, page.getString("checkpoint"), page.getBoolean("hasMore"), items.size());
    }

    private Poll drain(String token, int limit, Map<String, Object> into) {
        int seen = 0;
        Poll poll;
        do {
            poll = poll(token, limit);
            poll.items.forEach(item -> into.put((String) item.get("id"), item));
            seen += poll.seen;
            token = poll.token;
        } while (poll.hasMore);
        return new Poll(List.of(), token, false, seen);
    }

    private Connection transaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void insert(Connection connection, UUID id, long value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO probe_record (id, value) VALUES (?, ?)")) {
            insert.setObject(1, id);
            insert.setLong(2, value);
            insert.executeUpdate();
        }
    }

    private static void update(Connection connection, UUID id, long value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE probe_record SET value = ? WHERE id = ?")) {
            update.setLong(1, value);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    /** Writes a new value, drawn under the row's lock, and returns it. */
    private static long upsert(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO probe_record (id, value) VALUES (?, nextval('probe_record_value'))
                ON CONFLICT (id) DO UPDATE SET value = nextval('probe_record_value') RETURNING value""")) {
            upsert.setObject(1, id);
            try (ResultSet value = upsert.executeQuery()) {
                value.next();
                return value.getLong(1);
            }
        }
    }
}
