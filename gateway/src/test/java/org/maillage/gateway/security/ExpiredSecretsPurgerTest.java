package org.maillage.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.gateway.support.AdminApi;
import org.maillage.gateway.support.PartnerKeys;
import org.maillage.gateway.support.StubUpstreamsResource;
import org.maillage.gateway.support.TestCredentials;
import org.maillage.testsupport.LocalInfrastructureResource;

@QuarkusTest
@QuarkusTestResource(LocalInfrastructureResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ExpiredSecretsPurgerTest {

    private static final String KEY_COLUMNS = "previous_prefix, previous_secret_hash, previous_valid_until";
    private static final String WEBHOOK_COLUMNS = "previous_secret, previous_secret_valid_until";

    @Inject
    ExpiredSecretsPurger purger;

    @BeforeEach
    void noDefaultCredentials() {
        TestCredentials.useNoCredentials();
    }

    @Test
    void replacedSecretsAreErasedOnceTheirGracePeriodIsOverAndNotBefore() throws SQLException {
        String endedKey = rotatedKey();
        String runningKey = rotatedKey();
        String partner = PartnerKeys.create(UUID.randomUUID(), List.of("webhooks:manage", "actors:read"));
        String endedWebhook = rotatedWebhook(partner);
        String runningWebhook = rotatedWebhook(partner);
        // The clock moved past the end of two grace periods.
        execute("UPDATE api_key SET previous_valid_until = now() - interval '1 second' WHERE id = ?", endedKey);
        execute("UPDATE webhook_endpoint SET previous_secret_valid_until = now() - interval '1 second' WHERE id = ?",
                endedWebhook);

        assertTrue(purger.purge() >= 2);

        assertEquals(Arrays.asList(null, null, null), columns("api_key", KEY_COLUMNS, endedKey));
        assertEquals(Arrays.asList(null, null), columns("webhook_endpoint", WEBHOOK_COLUMNS, endedWebhook));
        columns("api_key", KEY_COLUMNS, runningKey).forEach(value -> assertNotNull(value, "grace still running"));
        columns("webhook_endpoint", WEBHOOK_COLUMNS, runningWebhook)
                .forEach(value -> assertNotNull(value, "grace still running"));
    }

    private static String rotatedKey() {
        String id = AdminApi.createKey(List.of("actors:read"), null).getString("key.id");
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).queryParam("gracePeriodSeconds", 3600)
                .post("/api/v1/admin/api-keys/" + id + "/rotate").then().statusCode(200);
        return id;
    }

    private static String rotatedWebhook(String key) {
        String id = given().header("X-API-Key", key).contentType("application/json")
                .body(Map.of("url", "https://93.184.215.14/hooks", "eventTypes", List.of("org.maillage.none.*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("webhook.id");
        given().header("X-API-Key", key).queryParam("gracePeriodSeconds", 3600)
                .post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200);
        return id;
    }

    private static List<Object> columns(String table, String columns, String id) throws SQLException {
        try (Connection db = connect();
             PreparedStatement select = db.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.add(row.getObject(i));
                }
                return values;
            }
        }
    }

    private static void execute(String sql, String id) throws SQLException {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setObject(1, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(LocalInfrastructureResource.jdbcUrl(),
                LocalInfrastructureResource.jdbcUsername(), LocalInfrastructureResource.jdbcPassword());
    }
}
