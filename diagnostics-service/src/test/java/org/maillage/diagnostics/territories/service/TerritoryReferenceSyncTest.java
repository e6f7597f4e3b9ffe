package org.maillage.diagnostics.territories.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.diagnostics.territories.repository.TerritoryRepository;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryReference;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class TerritoryReferenceSyncTest {

    private static final TerritoryReference REFERENCE = TerritoryReference.load();

    @Inject
    TerritoryReferenceSync sync;

    @Inject
    TerritoryRepository territories;

    @Inject
    DataSource dataSource;

    @Test
    void startupLoadedEveryTerritoryOfTheReference() throws SQLException {
        assertEquals(18, territories.count("id.level", TerritoryLevel.REGION));
        assertEquals(8, territories.count("id.level", TerritoryLevel.COLLECTIVITE_OUTRE_MER));
        assertEquals(101, territories.count("id.level", TerritoryLevel.DEPARTEMENT));
        assertEquals(1255, territories.count("id.level", TerritoryLevel.EPCI));
        assertEquals(34969, territories.count("id.level", TerritoryLevel.COMMUNE));
        assertEquals(REFERENCE.checksum(), query("SELECT checksum FROM territory_reference"));
        assertEquals("@etalab/decoupage-administratif@6.0.0", query("SELECT source FROM territory_reference"));
        assertEquals("l ile d yeu", query("SELECT name_normalised FROM territory WHERE code = '85113'"));
    }

    @Test
    void sameReferenceIsNotLoadedTwice() throws SQLException {
        String loadedAt = query("SELECT loaded_at::text FROM territory_reference");

        assertFalse(sync.loadIfOutdated(REFERENCE));
        assertEquals(loadedAt, query("SELECT loaded_at::text FROM territory_reference"));
    }

    @Test
    void changedReferenceReplacesTheTerritories() throws SQLException {
        update("DELETE FROM territory WHERE code = '75056'");
        update("UPDATE territory_reference SET checksum = repeat('0', 64)");

        assertTrue(sync.loadIfOutdated(REFERENCE));
        assertEquals("Paris", query("SELECT name FROM territory WHERE code = '75056'"));
        assertEquals(String.valueOf(REFERENCE.all().size()), query("SELECT count(*) FROM territory"));
        assertEquals(REFERENCE.checksum(), query("SELECT checksum FROM territory_reference"));
    }

    @Test
    void concurrentLoadersLoadOnce() throws Exception {
        update("UPDATE territory_reference SET checksum = repeat('0', 64)");
        ExecutorService loaders = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Boolean> load = () -> {
                start.await();
                return sync.loadIfOutdated(REFERENCE);
            };
            List<Future<Boolean>> results = List.of(loaders.submit(load), loaders.submit(load));
            start.countDown();

            assertEquals(Set.of(true, false), Set.of(results.get(0).get(), results.get(1).get()));
        } finally {
            loaders.shutdownNow();
        }
        assertEquals(String.valueOf(REFERENCE.all().size()), query("SELECT count(*) FROM territory"));
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), "no row for " + sql);
            return row.getString(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
