package org.maillage.commons.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/**
 * The identity token's contract, written once for both ends: the gateway signs these claims for every call it
 * forwards, the services verify them ({@link IdentityVerifier}). It names the header the token travels in, the
 * default issuer and audience, and how a {@link Caller} is carried: {@code sub}, {@code kind}, {@code org} (absent
 * when the caller acts for no organisation) and {@code scope} (space-separated, sorted).
 */
public final class IdentityClaims {

    public static final String HEADER = "X-Maillage-Identity";
    public static final String DEFAULT_ISSUER = "maillage-gateway";
    public static final String DEFAULT_AUDIENCE = "maillage-services";

    private static final String KIND = "kind";
    private static final String ORGANISATION = "org";
    private static final String SCOPE = "scope";

    private IdentityClaims() {
    }

    /** The claims vouching for {@code caller}, issued now and expiring after {@code lifetime}. */
    public static JwtClaims of(Caller caller, String issuer, String audience, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(caller.subject());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMillis() / 60_000f);
        claims.setClaim(KIND, caller.kind());
        if (caller.organisationId() != null) {
            claims.setClaim(ORGANISATION, caller.organisationId().toString());
        }
        claims.setClaim(SCOPE, String.join(" ", new TreeSet<>(caller.scopes())));
        return claims;
    }

    /**
     * The caller that verified claims vouch for.
     *
     * @throws IllegalArgumentException when {@code org} is not a UUID
     */
    public static Caller callerOf(JwtClaims claims) throws MalformedClaimException {
        String organisation = claims.getStringClaimValue(ORGANISATION);
        String scope = claims.getStringClaimValue(SCOPE);
        Set<String> scopes = scope == null ? Set.of()
                : Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        return new Caller(claims.getStringClaimValue(KIND), claims.getSubject(),
                organisation == null ? null : UUID.fromString(organisation), scopes);
    }
}
