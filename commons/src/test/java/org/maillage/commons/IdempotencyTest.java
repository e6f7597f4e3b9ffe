package org.maillage.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.maillage.commons.idempotency.IdempotencyRecords;
import org.maillage.testsupport.LocalInfrastructureResource;
import org.maillage.testsupport.TestIdentity;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
class IdempotencyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String SECRETS = "/api/probe/secrets";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyRecords records;

    @Test
    void retryWithTheSameKeyAndBodyReplaysTheFirstResponseWithoutRunningAgain() {
        String label = "once-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = post(key, "{\"label\":\"" + label + "\",\"n\":1}", "");
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue()).body("executions", equalTo(1));

        // Same JSON, members reordered and spaced differently: the same request.
        Response retry = post(key, "{ \"n\": 1, \"label\": \"" + label + "\" }", "");
        retry.then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .contentType(ContentType.JSON);
        assertEquals(first.asString(), retry.asString(), "byte-identical body");
        assertEquals(1L, executions(label));
    }

    @Test
    void sameKeyWithAnotherBodyIs422AndRunsNothing() {
        String label = "other-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(key, "{\"label\":\"" + label + "\"}", "").then().statusCode(201);
        post(key, "{\"label\":\"" + label + "\",\"extra\":2}", "")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(KEY))
                .body("errors[0].code", equalTo("IdempotencyKeyReused"));
        assertEquals(1L, executions(label));
    }

    @Test
    void keysAreScopedByPathAndWithoutAKeyEveryPostRuns() {
        String label = "nokey-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body("{\"label\":\"" + label + "\"}").post("/probe-http/executions")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"label\":\"" + label + "\"}").post("/probe-http/executions")
                .then().statusCode(201).body("executions", equalTo(2));
        String key = UUID.randomUUID().toString();
        given().header(KEY, key).contentType(ContentType.JSON).body("{\"name\":\"a\",\"size\":1}").post("/probe/things")
                .then().statusCode(200);
        post(key, "{\"label\":\"" + label + "\"}", "").then().statusCode(201).body("executions", equalTo(3));
    }

    @Test
    void failedRequestsReleaseTheKeyButClientErrorsAreReplayed() {
        String label = "fail-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(key, "{\"label\":\"" + label + "\"}", "?status=500").then().statusCode(500);
        post(key, "{\"label\":\"" + label + "\"}", "?status=500").then().statusCode(500).header("Idempotency-Replayed", nullValue());

        String invalid = UUID.randomUUID().toString();
        given().header(KEY, invalid).contentType(ContentType.JSON).body("{\"name\":\" \",\"size\":1}").post("/probe/things")
                .then().statusCode(400).header("Idempotency-Replayed", nullValue());
        given().header(KEY, invalid).contentType(ContentType.JSON).body("{\"name\":\" \",\"size\":1}").post("/probe/things")
                .then().statusCode(400).contentType("application/problem+json").header("Idempotency-Replayed", "true")
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void concurrentDuplicatesRunOnce() throws Exception {
        String label = "race-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(pool.submit(() -> post(key, "{\"label\":\"" + label + "\"}", "?sleepMillis=700").statusCode()));
            }
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                seen.add(status.get());
            }
            assertEquals(1, seen.stream().filter(s -> s == 201).count(), "one ran: " + seen);
            assertTrue(seen.stream().allMatch(s -> s == 201 || s == 409), "the others were told to retry: " + seen);
        } finally {
            pool.shutdownNow();
        }
        post(key, "{\"label\":\"" + label + "\"}", "").then().statusCode(201).header("Idempotency-Replayed", "true");
        assertEquals(1L, executions(label));
    }

    @Test
    void keysExpireAfterTheRetention() {
        String label = "expiry-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(key, "{\"label\":\"" + label + "\"}", "").then().statusCode(201);
        OffsetDateTime expires = expiryOf(key);
        assertTrue(Duration.between(Instant.now(), expires.toInstant()).toHours() >= 23, "kept 24 h by default");

        expire(key);
        post(key, "{\"label\":\"" + label + "\"}", "").then().statusCode(201).header("Idempotency-Replayed", nullValue())
                .body("executions", equalTo(2));
    }

    @Test
    void forgottenResponsesRunAgain() {
        String label = "forget-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(key, "{\"label\":\"" + label + "\"}", "").then().statusCode(201);
        assertEquals(1, forget(label));
        post(key, "{\"label\":\"" + label + "\"}", "").then().statusCode(201).header("Idempotency-Replayed", nullValue())
                .body("executions", equalTo(2));
    }

    @Test
    void anotherCallersSameKeyAndBodyRunsAsItsOwn() {
        String key = UUID.randomUUID().toString();
        Response first = asPartner(UUID.randomUUID()).header(KEY, key).body("{\"name\":\"a\"}").post(SECRETS);
        first.then().statusCode(201);
        Response other = asPartner(UUID.randomUUID()).header(KEY, key).body("{\"name\":\"a\"}").post(SECRETS);
        other.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertNotEquals(first.path("id"), (String) other.path("id"));
        assertNotEquals(first.path("secret"), (String) other.path("secret"));
    }

    @Test
    void aSecretShownOnceIsNeitherStoredNorReplayed() {
        String key = UUID.randomUUID().toString();
        UUID organisation = UUID.randomUUID();
        Response first = asPartner(organisation).header(KEY, key).body("{\"name\":\"a\"}").post(SECRETS);
        String id = first.then().statusCode(201).extract().path("id");
        String secret = first.path("secret");

        asPartner(organisation).header(KEY, key).body("{\"name\":\"a\"}").post(SECRETS).then().statusCode(422)
                .contentType("application/problem+json")
                .header("Location", endsWith("/api/probe/secrets/" + id))
                .header("Idempotency-Replayed", nullValue())
                .body("type", equalTo("https://maillage.org/problems/secret-shown-once"))
                .body("detail", containsString("(id " + id + ")"))
                .body("errors[0].field", equalTo(KEY))
                .body("errors[0].code", equalTo("SecretShownOnce"))
                .body(not(containsString(secret)));
        assertEquals(0L, storedRowsContaining(secret));
        assertEquals(1L, withheldRowsOf(key));

        String rotation = UUID.randomUUID().toString();
        String rotated = asPartner(organisation).header(KEY, rotation).post(SECRETS + "/" + id + "/rotate")
                .then().statusCode(200).extract().path("secret");
        asPartner(organisation).header(KEY, rotation).post(SECRETS + "/" + id + "/rotate").then().statusCode(422)
                .header("Location", endsWith("/api/probe/secrets/" + id)).body("errors[0].code", equalTo("SecretShownOnce"));
        assertEquals(0L, storedRowsContaining(rotated));
    }

    @Test
    void invalidKeyIs400() {
        given().header(KEY, "x".repeat(256)).contentType(ContentType.JSON).body("{\"label\":\"a\"}")
                .post("/probe-http/executions").then().statusCode(400).body("errors[0].field", equalTo(KEY));
    }

    private static RequestSpecification asPartner(UUID organisation) {
        return given().header(TestIdentity.HEADER, TestIdentity.partner(organisation, "actors:write"))
                .contentType(ContentType.JSON);
    }

    private long storedRowsContaining(String value) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM idempotency_key WHERE "
                        + "position(convert_to(?1, 'UTF8') in coalesce(body, ''::bytea)) > 0 OR CAST(headers AS text) LIKE ?2")
                .setParameter(1, value).setParameter(2, "%" + value + "%").getSingleResult()).longValue();
    }

    private long withheldRowsOf(String key) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM idempotency_key WHERE idem_key = ?1 AND secret_withheld AND body IS NULL")
                .setParameter(1, key).getSingleResult()).longValue();
    }

    private static Response post(String key, String body, String query) {
        return given().header(KEY, key).contentType(ContentType.JSON).body(body)
                .when().post("/probe-http/executions" + query).then().extract().response();
    }

    private long executions(String label) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM probe_execution WHERE label = ?1")
                .setParameter(1, label).getSingleResult()).longValue();
    }

    private OffsetDateTime expiryOf(String key) {
        return (OffsetDateTime) entityManager.createNativeQuery("SELECT expires_at FROM idempotency_key WHERE idem_key = ?1",
                OffsetDateTime.class).setParameter(1, key).getSingleResult();
    }

    @Transactional
    int forget(String value) {
        return records.forgetResponsesContaining(value);
    }

    @Transactional
    void expire(String key) {
        entityManager.createNativeQuery("UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE idem_key = ?1")
                .setParameter(1, key).executeUpdate();
    }
}
