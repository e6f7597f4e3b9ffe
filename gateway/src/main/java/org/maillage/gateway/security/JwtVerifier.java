package org.maillage.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.maillage.gateway.config.SecurityConfig;

/**
 * Verifies front-end bearer tokens: signature by the configured key (RS256 or ES256 only), issuer, expiry.
 * Scopes come from {@code scope} (space-separated) or {@code scp}; the role {@code admin} in {@code roles} or
 * {@code groups} grants {@code admin}; {@code org} binds the caller to an organisation.
 */
@ApplicationScoped
public class JwtVerifier {

    private final Optional<JwtConsumer> consumer;

    public JwtVerifier(SecurityConfig config) {
        this.consumer = config.jwt().publicKey().map(pem -> new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(config.jwt().issuer())
                .setSkipDefaultAudienceValidation()
                .setVerificationKey(publicKey(pem))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256", "ES256")
                .build());
    }

    public static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    public Optional<Caller> verify(String token) {
        if (consumer.isEmpty()) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.get().processToClaims(token);
            Set<String> scopes = new HashSet<>(words(claims.getClaimValue("scope")));
            scopes.addAll(words(claims.getClaimValue("scp")));
            if (words(claims.getClaimValue("roles")).contains(Scopes.ADMIN)
                    || words(claims.getClaimValue("groups")).contains(Scopes.ADMIN)) {
                scopes.add(Scopes.ADMIN);
            }
            scopes.retainAll(Scopes.KNOWN);
            String org = claims.getClaimValue("org", String.class);
            return Optional.of(new Caller("jwt", "jwt:" + claims.getSubject(),
                    org == null ? null : UUID.fromString(org), scopes, null));
        } catch (InvalidJwtException | IllegalArgumentException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }

    private static List<String> words(Object claim) {
        if (claim instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        if (claim instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static PublicKey publicKey(String pem) {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (java.security.GeneralSecurityException ignored) {
                // Try the next algorithm: the PEM does not say which it is.
            }
        }
        throw new IllegalArgumentException("maillage.gateway.security.jwt.public-key is neither an RSA nor an EC key");
    }
}
