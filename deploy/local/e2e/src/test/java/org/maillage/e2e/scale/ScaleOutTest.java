package org.maillage.e2e.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.maillage.e2e.scale.SteadyWriters.Acknowledged;
import org.maillage.e2e.scale.SteadyWriters.Kind;
import org.maillage.local.PostgresEndpoint;
import org.maillage.testsupport.Eventually;
import org.maillage.testsupport.TopicReader;

/**
 * The suite scaled out, two gateways and two instances of every service on one PostgreSQL and three Kafka brokers,
 * under a partner's steady writes through both gateways. Mid-run the second gateway and the second instance of every
 * service are killed (SIGKILL) and the broker coordinating the consumer groups is shut down. Afterwards: every write
 * acknowledged 2xx reads back; alliances-service and diagnostics-service project every acknowledged actor and
 * alliance; the gateway's feed has every event published on Kafka exactly once; the partner's webhook received each
 * of its events at least once, under the event's id, every message verified. Before the fault, a second key of
 * the partner, with a limit of its own, calling faster than that through both gateways gets the limit once, within
 * 10 %.
 *
 * <p>First of the module's classes, before the shared suite is started for the others: both would not fit together
 * on a small machine.
 */
@Order(1)
class ScaleOutTest {

    private static final Duration BEFORE_FAULT = Duration.ofSeconds(12);
    /** Within the time before the fault, while both gateways answer. */
    private static final Duration RATE_LIMITED = Duration.ofSeconds(10);
    private static final int LIMITED_PER_MINUTE = 60;
    private static final Duration AFTER_FAULT = Duration.ofSeconds(24);
    /** A killed consumer's partitions move to the surviving instance once its session times out (45 s). */
    private static final Duration CONVERGENCE = Duration.ofSeconds(150);
    private static final List<String> TOPICS = List.of("maillage.actors.v1", "maillage.alliances.v1");
    private static final String REGISTERED = "org.maillage.actor.registered.v1";
    private static final String PROPOSED = "org.maillage.alliance.proposed.v1";

    private final Api api = new Api();

    @Test
    void everyAcknowledgedWriteAndEveryEventOutliveLosingAnInstanceOfEachComponentAndABroker() throws Exception {
        try (ScaledOutSuite suite = ScaledOutSuite.start(); WebhookSink sink = new WebhookSink()) {
            URI gateway = suite.survivingGateway();
            String admin = suite.adminApiKey();
            String organisation = api.created(gateway, "/api/v1/actors", admin,
                    Map.of("name", "Réseau des centres sociaux de l'Ain", "kind", "ASSOCIATION")).path("id").asText();
            String partner = api.created(gateway, "/api/v1/actors", admin,
                    Map.of("name", "Communauté de communes de la Dombes", "kind", "LOCAL_AUTHORITY")).path("id").asText();
            String key = api.created(gateway, "/api/v1/admin/api-keys", admin, Map.of("name", "CRM des centres sociaux",
                    "organisationId", organisation, "requestsPerMinute", 1_000_000, "scopes", List.of("actors:read",
                            "actors:write", "alliances:read", "alliances:write", "webhooks:manage"))).path("secret").asText();
            String limitedKey = api.created(gateway, "/api/v1/admin/api-keys", admin, Map.of("name",
                    "Portail des centres sociaux", "organisationId", organisation, "requestsPerMinute",
                    LIMITED_PER_MINUTE, "scopes", List.of("actors:read"))).path("secret").asText();
            JsonNode webhook = api.created(gateway, "/api/v1/webhooks", key,
                    Map.of("url", sink.url(), "eventTypes", List.of(REGISTERED, PROPOSED)));
            sink.verifyWith(webhook.path("secret").asText());
            PostgresEndpoint postgres = suite.postgres();
            assertTrue(Eventually.holds(() -> ids(postgres, "alliances", "SELECT actor_id FROM known_actor")
                    .containsAll(List.of(organisation, partner)), CONVERGENCE), "alliances-service learnt the members");

            SteadyWriters writers = new SteadyWriters(api, suite.gateways(), key, organisation, partner);
            RateLimitProbe limited = new RateLimitProbe(api, suite.gateways(), limitedKey, LIMITED_PER_MINUTE);
            writers.start();
            limited.start();
            Thread.sleep(RATE_LIMITED.toMillis());
            RateLimitProbe.Outcome rateLimit = limited.stopAndAwait();
            Thread.sleep(BEFORE_FAULT.minus(RATE_LIMITED).toMillis());
            suite.loseAnInstanceOfEverythingAndABroker();
            Thread.sleep(AFTER_FAULT.toMillis());
            writers.stopAndAwait();
            assertEquals(List.of(), writers.refused(), "writes refused");

            List<Acknowledged> acknowledged = writers.acknowledged();
            List<Acknowledged> lost = lost(gateway, key, acknowledged);
            Set<String> actors = idsOf(writers.acknowledged(Kind.ACTOR));
            Set<String> alliances = idsOf(writers.acknowledged(Kind.ALLIANCE));
            Map<String, Supplier<Set<String>>> projections = Map.of(
                    "alliances-service actors", () -> ids(postgres, "alliances", "SELECT actor_id FROM known_actor"),
                    "diagnostics-service actors", () -> ids(postgres, "diagnostics", "SELECT id FROM known_actor"),
                    "diagnostics-service alliances", () -> ids(postgres, "diagnostics", "SELECT id FROM known_alliance"));
            boolean projected = Eventually.holds(() -> projections.entrySet().stream().allMatch(projection ->
                    projection.getValue().get().containsAll(projection.getKey().endsWith("alliances")
                            ? alliances : actors)), CONVERGENCE);

            List<ConsumerRecord<String, byte[]>> records = TopicReader.readToEnd(suite.kafkaBootstrapServers(), TOPICS,
                    Duration.ofSeconds(60));
            Set<String> published = records.stream().map(ScaleOutTest::eventId).collect(Collectors.toSet());
            boolean fed = Eventually.holds(() -> feed(gateway, key).keySet().containsAll(published), CONVERGENCE);
            Map<String, List<JsonNode>> feed = feed(gateway, key);
            Set<String> expectedWebhooks = feed.values().stream().map(events -> events.get(0))
                    .filter(event -> actors.contains(event.path("subject").asText())
                            && REGISTERED.equals(event.path("type").asText())
                            || alliances.contains(event.path("subject").asText())
                            && PROPOSED.equals(event.path("type").asText()))
                    .map(event -> event.path("id").asText()).collect(Collectors.toSet());
            boolean delivered = Eventually.holds(() -> sink.ids().containsAll(expectedWebhooks), CONVERGENCE);

            Set<String> missingFromFeed = new HashSet<>(published);
            missingFromFeed.removeAll(feed.keySet());
            long duplicatesInFeed = feed.values().stream().filter(events -> events.size() > 1).count();
            Set<String> undelivered = new HashSet<>(expectedWebhooks);
            undelivered.removeAll(sink.ids());
            System.out.printf(Locale.ROOT, """
                    [scale] fault run: 2 gateways, 2 instances of each service, 3 brokers; after %d s killed (SIGKILL) \
                    gateway #2, actors-, alliances-, diagnostics-service #2, and shut broker %d down
                    [scale] writes attempted %d, acknowledged %d (actors %d, alliances %d), lost %d, \
                    given up %d, retries %d
                    [scale] events on Kafka %d records, %d distinct (%d sent twice by a relay, deduplicated downstream)
                    %s
                    [scale] feed: %d events, %d of Kafka's missing, %d duplicated
                    [scale] webhook messages received %d, unique %d, verified %d, rejected %d; \
                    %d expected, %d not delivered
                    [scale] rate limit %d/min through both gateways for %.1f s: %d allowed (%d refused, %d \
                    unanswered) vs %.0f for one bucket, %.1f %% off
                    """, BEFORE_FAULT.toSeconds(), suite.stoppedBroker(), writers.attempted(), acknowledged.size(),
                    actors.size(), alliances.size(), lost.size(), writers.abandoned(), writers.retries(),
                    records.size(), published.size(), records.size() - published.size(),
                    projectionFigures(projections, actors, alliances), feed.size(), missingFromFeed.size(),
                    duplicatesInFeed, sink.received(), sink.ids().size(), sink.verified(), sink.rejected(),
                    expectedWebhooks.size(), undelivered.size(), LIMITED_PER_MINUTE, rateLimit.seconds(),
                    rateLimit.allowed(), rateLimit.refused(), rateLimit.unanswered(), rateLimit.expected(), rateLimit.deviation() * 100);

            assertEquals(0, writers.abandoned(), "writes never acknowledged within a client's patience");
            assertEquals(List.of(), lost, "acknowledged writes that do not read back");
            assertTrue(projected, "a projection lacks acknowledged writes: " + projectionFigures(projections, actors,
                    alliances));
            assertTrue(published.containsAll(eventIds(feed, actors, REGISTERED)), "an actor's event is not on Kafka");
            assertTrue(fed && missingFromFeed.isEmpty(), "events missing from the feed: " + missingFromFeed);
            assertEquals(0, duplicatesInFeed, "events twice in the feed");
            assertEquals(actors.size(), eventIds(feed, actors, REGISTERED).size(), "every actor's event is in the feed");
            assertEquals(alliances.size(), eventIds(feed, alliances, PROPOSED).size(),
                    "every alliance's event is in the feed");
            assertTrue(delivered && undelivered.isEmpty(), "webhook messages never received: " + undelivered);
            assertEquals(0, sink.rejected(), "webhook messages failing verification or under another id");
            assertTrue(rateLimit.mostlyAnswered(), "calls the gateways left unanswered: " + rateLimit);
            assertTrue(rateLimit.deviation() <= 0.10, "the partner's limit held across both gateways within 10 %: "
                    + rateLimit);
        }
    }

    /** Acknowledged writes that the surviving gateway does not find. */
    private List<Acknowledged> lost(URI gateway, String key, List<Acknowledged> acknowledged) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> found = new ArrayList<>();
            for (Acknowledged write : acknowledged) {
                String path = (write.kind() == Kind.ACTOR ? "/api/v1/actors/" : "/api/v1/alliances/") + write.id();
                found.add(readers.submit(() -> api.get(gateway, path, key).status() == 200));
            }
            List<Acknowledged> lost = new ArrayList<>();
            for (int i = 0; i < acknowledged.size(); i++) {
                if (!found.get(i).get()) {
                    lost.add(acknowledged.get(i));
                }
            }
            return lost;
        } finally {
            readers.shutdown();
        }
    }

    /** Every event of the feed by id, from its start, each with every time it appears. */
    private Map<String, List<JsonNode>> feed(URI gateway, String key) {
        Map<String, List<JsonNode>> events = new HashMap<>();
        String after = null;
        try {
            while (true) {
                Api.Answer page = api.get(gateway, "/api/v1/events?limit=500" + (after == null ? "" : "&after=" + after),
                        key);
                assertEquals(200, page.status(), page.body().toString());
                page.body().path("items").forEach(event ->
                        events.computeIfAbsent(event.path("id").asText(), id -> new ArrayList<>()).add(event));
                if (!page.body().path("hasMore").asBoolean()) {
                    return events;
                }
                after = page.body().path("nextCursor").asText();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the feed", e);
        }
    }

    private static Set<String> eventIds(Map<String, List<JsonNode>> feed, Set<String> subjects, String type) {
        return feed.values().stream().map(events -> events.get(0))
                .filter(event -> type.equals(event.path("type").asText())
                        && subjects.contains(event.path("subject").asText()))
                .map(event -> event.path("id").asText()).collect(Collectors.toSet());
    }

    private static String projectionFigures(Map<String, Supplier<Set<String>>> projections, Set<String> actors,
                                            Set<String> alliances) {
        return projections.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(projection -> {
            Set<String> expected = projection.getKey().endsWith("alliances") ? alliances : actors;
            Set<String> known = projection.getValue().get();
            long have = expected.stream().filter(known::contains).count();
            return "[scale] projection " + projection.getKey() + ": " + have + " of " + expected.size();
        }).collect(Collectors.joining("\n"));
    }

    private static Set<String> idsOf(List<Acknowledged> writes) {
        return writes.stream().map(Acknowledged::id).collect(Collectors.toSet());
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        Header id = record.headers().lastHeader("ce_id");
        return new String(id.value(), StandardCharsets.UTF_8);
    }

    private static Set<String> ids(PostgresEndpoint postgres, String database, String query) {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(),
                postgres.password()); PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + database, e);
        }
        return ids;
    }
}
