package org.maillage.gateway.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.maillage.gateway.security.ReplacedSecrets;

/** Webhook signing secrets replaced by a rotation, signing alongside the new one until their grace period ends. */
@ApplicationScoped
class ReplacedSigningSecrets implements ReplacedSecrets {

    @Override
    @Transactional
    public long eraseExpired(Instant now) {
        return WebhookEndpoint.update("previousSecret = null, previousSecretValidUntil = null"
                + " where previousSecretValidUntil <= ?1", now);
    }
}
