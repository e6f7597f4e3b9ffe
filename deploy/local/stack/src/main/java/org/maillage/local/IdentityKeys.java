package org.maillage.local;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * The EC P-256 key pair with which the gateway signs the identity it forwards and the services check it.
 * One per run: the tokens live a minute, nothing signed with an older pair needs to stay valid.
 */
public record IdentityKeys(KeyPair pair) {

    public static IdentityKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return new IdentityKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make EC P-256 keys", e);
        }
    }

    /** X.509 DER in base64: PEM's body, which the services and the gateway both read. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** PKCS#8 DER in base64. */
    public String privateKey() {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }
}
