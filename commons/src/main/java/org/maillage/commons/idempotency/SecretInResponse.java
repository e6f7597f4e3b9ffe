package org.maillage.commons.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST whose successful response shows a secret once (a new API key, a webhook signing secret, a
 * rotation). Such a response is never stored for {@value Idempotency#HEADER} replays: only the resource it
 * concerns is, and a retry with the same key gets a 422 problem naming that resource instead of the secret.
 * The resource is taken from the response's {@code Location} header, else from {@code Content-Location}: a
 * marked method must set one of them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SecretInResponse {
}
