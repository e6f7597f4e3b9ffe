package org.maillage.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.config.SecurityConfig;
import org.maillage.gateway.housekeeping.Housekeeping;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two rate limiters built like the gateway's, on the gateway database, stand for two gateway instances: a caller's
 * budget is one, however its calls are spread over them.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class SharedRateLimitTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SecurityConfig config;
    @Inject
    Housekeeping housekeeping;
    @Inject
    SharedBuckets buckets;
    @Inject
    Vertx vertx;

    @Test
    void aPartnersLimitHoldsAcrossTwoGatewaysWithFewRoundTrips() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        DataSource counted = counting(dataSource, connections);
        List<RateLimiter> gateways = List.of(gateway(counted), gateway(counted));
        String partner = UUID.randomUUID().toString();
        int limit = 500;
        int calls = limit + 200;

        // Two callers per gateway at once: concurrent calls on one instance, and both instances on one bucket.
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> allowed = new ArrayList<>();
        for (int caller = 0; caller < 4; caller++) {
            RateLimiter gateway = gateways.get(caller % 2);
            allowed.add(callers.submit(() -> {
                int passed = 0;
                for (int call = 0; call < calls / 4; call++) {
                    if (gateway.decide(partner, limit).allowed()) {
                        passed++;
                    }
                }
                return passed;
            }));
        }
        int total = 0;
        for (Future<Integer> passed : allowed) {
            total += passed.get();
        }
        callers.shutdown();

        // The refill over the few seconds of the test adds a little to the minute's budget.
        assertTrue(total >= limit && total <= limit * 1.1, total + " calls allowed for a limit of " + limit);
        assertTrue(connections.get() < calls / 5, connections.get() + " round trips for " + calls + " calls");
        // The budget spent, both refuse, with the wait a client is told: an instance that finished its calls early
        // may first spend the share it takes without a round trip (sync-share) before it learns the bucket is empty.
        for (RateLimiter gateway : gateways) {
            RateLimiter.Decision refused = firstRefusal(gateway, partner, limit, limit / 10);
            assertEquals(0, refused.remaining());
            assertEquals(limit, refused.limit());
            assertTrue(refused.retryAfterSeconds() >= 1);
        }
    }

    @Test
    void betweenSynchronisationsABucketAnswersFromMemoryAndSaysWhenItCannot() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        SharedBuckets counted = new SharedBuckets(counting(dataSource, connections), config, housekeeping);
        int limit = 1_000;
        long unsynchronised = (long) Math.floor(limit * config.rateLimit().syncShare());
        SharedBucket bucket = counted.bucket(UUID.randomUUID() + " " + limit + "/min", limit,
                BucketConfiguration.builder().addLimit(bandwidth -> bandwidth.capacity(limit)
                        .refillGreedy(limit, Duration.ofMinutes(1))).build());

        assertTrue(bucket.takeFromMemory().isEmpty(), "nothing in memory before the first synchronisation");
        assertEquals(limit - 1, bucket.take().getRemainingTokens());
        int synchronised = connections.get();
        assertTrue(synchronised >= 1);
        for (long taken = 1; taken < unsynchronised; taken++) {
            assertEquals(limit - 1 - taken, bucket.takeFromMemory().orElseThrow().getRemainingTokens());
        }
        assertTrue(bucket.takeFromMemory().isEmpty(), "the share an instance may spend alone is spent");
        assertEquals(synchronised, connections.get(), "tokens taken from memory ask nothing of PostgreSQL");

        bucket.take();
        assertTrue(bucket.takeFromMemory().isPresent());
        Thread.sleep(config.rateLimit().syncInterval().toMillis());
        assertTrue(bucket.takeFromMemory().isEmpty(), "memory is trusted for the sync interval at most");
    }

    @Test
    void aDecisionFromMemoryIsTakenWithoutLeavingTheCallersThread() {
        RateLimiter gateway = gateway(dataSource);
        String partner = UUID.randomUUID().toString();
        io.vertx.core.Future<RateLimiter.Decision> first = gateway.take(partner, 1_000);
        assertEquals(999, first.toCompletionStage().toCompletableFuture().join().remaining());

        io.vertx.core.Future<RateLimiter.Decision> next = gateway.take(partner, 1_000);
        assertTrue(next.isComplete(), "answered at once, with no worker thread");
        assertEquals(998, next.result().remaining());
    }

    @Test
    void aSmallLimitIsExactAcrossGatewaysAndCountsDownOnBoth() {
        RateLimiter one = gateway(dataSource);
        RateLimiter other = gateway(dataSource);
        String partner = UUID.randomUUID().toString();

        assertEquals(2, one.decide(partner, 3).remaining());
        assertEquals(1, other.decide(partner, 3).remaining());
        assertEquals(0, one.decide(partner, 3).remaining());
        RateLimiter.Decision refused = other.decide(partner, 3);
        assertFalse(refused.allowed());
        assertEquals(3, refused.limit());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.resetSeconds() >= refused.retryAfterSeconds());
        assertFalse(one.decide(partner, 3).allowed());
        // Another partner, or the same one under another limit, has a budget of its own.
        assertTrue(one.decide(UUID.randomUUID().toString(), 3).allowed());
        assertTrue(other.decide(partner, 4).allowed());
    }

    @Test
    void withoutPostgresqlAGatewayLimitsOnItsOwnAndNeverFails() {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setURL("jdbc:postgresql://127.0.0.1:1/gateway");
        unreachable.setConnectTimeout(1);
        RateLimiter alone = new RateLimiter(config, new SharedBuckets(unreachable, config, housekeeping), vertx);
        String partner = UUID.randomUUID().toString();

        for (int remaining = 4; remaining >= 0; remaining--) {
            RateLimiter.Decision decision = alone.decide(partner, 5);
            assertTrue(decision.allowed());
            assertEquals(remaining, decision.remaining());
        }
        RateLimiter.Decision refused = alone.decide(partner, 5);
        assertFalse(refused.allowed());
        assertTrue(refused.retryAfterSeconds() >= 1);
    }

    @Test
    void idleBucketsAreRemovedOthersKept() throws SQLException {
        String idle = UUID.randomUUID().toString();
        String busy = UUID.randomUUID().toString();
        RateLimiter gateway = gateway(dataSource);
        gateway.decide(idle, 10);
        gateway.decide(busy, 10);
        try (Connection db = dataSource.getConnection();
             PreparedStatement expire = db.prepareStatement(
                     "UPDATE rate_limit_bucket SET expires_at = 0 WHERE id LIKE ?")) {
            expire.setString(1, idle + " %");
            assertEquals(1, expire.executeUpdate());
        }

        assertTrue(buckets.purge() >= 1);

        assertEquals(0, rows(idle));
        assertEquals(1, rows(busy));
    }

    private static RateLimiter.Decision firstRefusal(RateLimiter gateway, String partner, int limit, int maxCalls) {
        for (int call = 0; call < maxCalls; call++) {
            RateLimiter.Decision decision = gateway.decide(partner, limit);
            if (!decision.allowed()) {
                return decision;
            }
        }
        return fail("still allowed after " + maxCalls + " more calls");
    }

    private RateLimiter gateway(DataSource database) {
        return new RateLimiter(config, new SharedBuckets(database, config, housekeeping), vertx);
    }

    private long rows(String subject) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM rate_limit_bucket WHERE id LIKE ?")) {
            count.setString(1, subject + " %");
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Each round trip of the buckets takes a connection of its own: counting those counts round trips. */
    private static DataSource counting(DataSource real, AtomicInteger connections) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
