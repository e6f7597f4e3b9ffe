package org.maillage.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.junit.jupiter.api.Test;

/** The claims the gateway signs read back as the caller it vouched for, whichever end is looked at. */
class IdentityClaimsTest {

    @Test
    void aPartnerReadsBackAsSigned() throws MalformedClaimException {
        Caller partner = new Caller("api-key", "key-1", UUID.randomUUID(), Set.of("actors:write", "actors:read"));
        JwtClaims claims = IdentityClaims.of(partner, "issuer", "audience", Duration.ofSeconds(60));

        assertEquals(partner, IdentityClaims.callerOf(claims));
        assertEquals("actors:read actors:write", claims.getStringClaimValue("scope"));
        assertEquals(60, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue(), 1);
    }

    @Test
    void aCallerActingForNoOrganisationCarriesNoOrgClaim() throws MalformedClaimException {
        Caller admin = new Caller("bootstrap", "bootstrap", null, Set.of(Caller.ADMIN));
        JwtClaims claims = IdentityClaims.of(admin, IdentityClaims.DEFAULT_ISSUER, IdentityClaims.DEFAULT_AUDIENCE,
                Duration.ofSeconds(60));

        assertFalse(claims.hasClaim("org"));
        assertEquals(admin, IdentityClaims.callerOf(claims));
    }
}
