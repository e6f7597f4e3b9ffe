package org.maillage.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Checks the gateway's ES256 identity token ({@link IdentityClaims}): signature, issuer, audience and expiry (30 s clock skew).
 * The gateway reuses a caller's token for half its life, so a verified token is remembered until it expires:
 * an ECDSA verification costs more CPU than the rest of a simple read.
 */
@ApplicationScoped
public class IdentityVerifier {

    private static final Logger LOG = Logger.getLogger(IdentityVerifier.class);
    private static final int REMEMBERED_TOKENS = 10_000;

    private record Verified(Caller caller, long expiresAtMillis) {
    }

    private final JwtConsumer consumer;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public IdentityVerifier(IdentityConfig config) {
        this.consumer = config.publicKey().map(pem -> consumer(config, pem)).orElse(null);
        if (consumer == null && config.required()) {
            LOG.error("No maillage.identity.public-key configured: every API call will be refused with 401");
        }
    }

    /** The caller the token vouches for; empty when the token is missing, forged, expired or not for us. */
    public Optional<Caller> verify(String token) {
        if (consumer == null || token == null || token.isBlank()) {
            return Optional.empty();
        }
        Verified known = verified.get(token);
        if (known != null && known.expiresAtMillis() > System.currentTimeMillis()) {
            return Optional.of(known.caller());
        }
        try {
            JwtClaims claims = consumer.processToClaims(token.strip());
            Caller caller = IdentityClaims.callerOf(claims);
            if (verified.size() >= REMEMBERED_TOKENS) {
                verified.clear();
            }
            verified.put(token, new Verified(caller, claims.getExpirationTime().getValueInMillis()));
            return Optional.of(caller);
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            LOG.debugf("Identity token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private static JwtConsumer consumer(IdentityConfig config, String pem) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(config.issuer())
                .setExpectedAudience(config.audience())
                .setVerificationKey(publicKey(pem))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .build();
    }

    private static PublicKey publicKey(String pem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalArgumentException("maillage.identity.public-key is not an EC public key in PEM", e);
        }
    }
}
