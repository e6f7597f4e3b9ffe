package org.maillage.gateway.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.maillage.gateway.security.ApiKeySecrets;

/** The bootstrap admin key the tests configure (as its hash, like a real installation) and the JWT test keys. */
public final class TestCredentials {

    public static final String ADMIN_KEY = "local-admin-key-for-tests-only-0123456789";
    public static final String JWT_ISSUER = "https://id.test.maillage.org";
    public static final String JWT_AUDIENCE = "maillage-test-api";
    /** The claim and value that make a front-end token admin in the tests' configuration. */
    public static final String JWT_ADMIN_CLAIM = "roles";
    public static final String JWT_ADMIN_VALUE = "maillage-admin";

    private TestCredentials() {
    }

    public static String adminKeyHash() {
        return ApiKeySecrets.sha256(ADMIN_KEY);
    }

    /** Every request of the test carries the admin key unless it sets its own credentials. */
    public static void useAdminKey() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-API-Key", ADMIN_KEY).build();
    }

    public static void useNoCredentials() {
        RestAssured.requestSpecification = null;
    }

    public static String pem(String name) {
        try (InputStream in = TestCredentials.class.getResourceAsStream("/keys/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
