package org.maillage.gateway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.maillage.commons.security.Caller;
import org.maillage.commons.security.IdentityClaims;
import org.maillage.gateway.config.IdentitySigningConfig;

/**
 * Mints the short-lived ES256 token that tells a service who calls ({@link IdentityClaims}). Services verify
 * it with the public key (configured, or read from {@code /identity/jwks.json}); a token is reused for a caller
 * while more than half of its life remains, so signing does not cost every request.
 */
@ApplicationScoped
public class IdentityTokens {

    private static final Logger LOG = Logger.getLogger(IdentityTokens.class);

    private record Minted(String token, long expiresAtMillis) {
    }

    private final Map<String, Minted> minted = new ConcurrentHashMap<>();
    private final IdentitySigningConfig config;
    private final PrivateKey privateKey;
    private final EllipticCurveJsonWebKey publicJwk;

    public IdentityTokens(IdentitySigningConfig config) throws Exception {
        this.config = config;
        java.security.KeyPair pair;
        if (config.privateKey().isPresent() && config.publicKey().isPresent()) {
            KeyFactory factory = KeyFactory.getInstance("EC");
            pair = new java.security.KeyPair(factory.generatePublic(new X509EncodedKeySpec(der(config.publicKey().get()))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(der(config.privateKey().get()))));
        } else {
            LOG.warn("No maillage.gateway.identity key pair configured: signing with a key made for this run only");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            pair = generator.generateKeyPair();
        }
        this.privateKey = pair.getPrivate();
        this.publicJwk = (EllipticCurveJsonWebKey) JsonWebKey.Factory.newJwk((ECPublicKey) pair.getPublic());
        publicJwk.setKeyId(publicJwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        publicJwk.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        publicJwk.setUse("sig");
    }

    /** A token vouching for {@code caller}, as the services are to know it. */
    public String tokenFor(Caller caller) {
        long now = System.currentTimeMillis();
        long lifetime = config.lifetime().toMillis();
        Minted current = minted.get(caller.subject());
        if (current == null || current.expiresAtMillis() - now < lifetime / 2) {
            current = new Minted(sign(caller), now + lifetime);
            minted.put(caller.subject(), current);
        }
        return current.token();
    }

    public String publicJwks() {
        return "{\"keys\":[" + publicJwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}";
    }

    private String sign(Caller caller) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(IdentityClaims.of(caller, config.issuer(), config.audience(), config.lifetime()).toJson());
        jws.setKey(privateKey);
        jws.setKeyIdHeaderValue(publicJwk.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign the identity token", e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
