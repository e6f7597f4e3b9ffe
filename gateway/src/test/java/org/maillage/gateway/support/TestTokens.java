package org.maillage.gateway.support;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * Signs front-end tokens as an identity provider would, with the test key or with a stranger's key: for the
 * gateway's audience, issued now; {@code claims} may override any of that ({@code aud}, {@code iat}, {@code exp}).
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String signed(String keyFile, String issuer, long expiresInSeconds, Map<String, Object> claims) {
        try {
            JwtClaims body = new JwtClaims();
            body.setIssuer(issuer);
            body.setAudience(TestCredentials.JWT_AUDIENCE);
            body.setSubject("user-42");
            body.setIssuedAtToNow();
            NumericDate expiry = NumericDate.now();
            expiry.addSeconds(expiresInSeconds);
            body.setExpirationTime(expiry);
            claims.forEach(body::setClaim);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(body.toJson());
            jws.setKey(privateKey(TestCredentials.pem(keyFile)));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String valid(Map<String, Object> claims) {
        return signed("jwt-private.pem", TestCredentials.JWT_ISSUER, 300, claims);
    }

    private static PrivateKey privateKey(String pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
