package org.maillage.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.maillage.local.IdentityKeys;

/**
 * Plays the gateway in service tests: signs the identity token services demand, with a key pair made for the
 * test run (its public half is given to the service by {@link LocalInfrastructureResource}). Every RestAssured
 * request carries an admin identity unless it sets its own header; a test proving that a service refuses calls
 * without one removes the filter: {@code given().noFiltersOfType(TestIdentity.AdminByDefault.class)}.
 */
public final class TestIdentity {

    public static final String HEADER = "X-Maillage-Identity";

    private static final IdentityKeys KEYS = IdentityKeys.generate();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean installed;

    private TestIdentity() {
    }

    public static String publicKey() {
        return KEYS.publicKey();
    }

    /** An admin's token, as the gateway forwards for the bootstrap admin key. */
    public static String admin() {
        return token("test-admin", null, "admin");
    }

    /** A partner key's token: acting for {@code organisation}, with these scopes. */
    public static String partner(UUID organisation, String... scopes) {
        return token("test-partner-" + organisation, organisation, scopes);
    }

    public static String token(String subject, UUID organisation, String... scopes) {
        return sign(KEYS, claims(subject, organisation, scopes));
    }

    /** An admin token with some claims replaced (an expiry in the past, another audience...). */
    public static String adminWith(Map<String, Object> replacedClaims) {
        Map<String, Object> claims = claims("test-admin", null, "admin");
        claims.putAll(replacedClaims);
        return sign(KEYS, claims);
    }

    /** A well-formed admin token signed by a key the services do not know. */
    public static String forged() {
        return sign(IdentityKeys.generate(), claims("intruder", null, "admin"));
    }

    private static Map<String, Object> claims(String subject, UUID organisation, String... scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        claims.put("iss", "maillage-gateway");
        claims.put("aud", "maillage-services");
        claims.put("sub", subject);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("kind", "api-key");
        if (organisation != null) {
            claims.put("org", organisation.toString());
        }
        claims.put("scope", String.join(" ", scopes));
        return claims;
    }

    /** Makes every RestAssured request of this JVM carry an admin identity unless it sets one itself. */
    public static synchronized void installDefaultFilter() {
        if (!installed) {
            RestAssured.filters(new AdminByDefault());
            installed = true;
        }
    }

    private static String sign(IdentityKeys keys, Map<String, Object> claims) {
        try {
            String signingInput = base64Url(JSON.writeValueAsBytes(Map.of("alg", "ES256", "typ", "JWT")))
                    + "." + base64Url(JSON.writeValueAsBytes(claims));
            // JWS wants the raw r||s form (P1363), not DER.
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(keys.pair().getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a test identity token", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Adds an admin identity to requests that carry none. */
    public static final class AdminByDefault implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName(HEADER)) {
                request.header(HEADER, admin());
            }
            return context.next(request, response);
        }
    }
}
