package org.maillage.commons.idempotency;

/** The outcome of presenting a key: run the request, replay a response, or refuse. */
sealed interface Claim {

    /** The key is new (or expired, or abandoned): this request runs and records its response. */
    record Granted() implements Claim {
    }

    /** The first request with this key completed: answer with its response. */
    record Replay(StoredResponse response) implements Claim {
    }

    /**
     * The first request with this key completed with a secret shown once, not stored: answer that the resource
     * exists. {@code location} is the resource the secret belongs to, or null if the response named none.
     */
    record SecretWithheld(String location) implements Claim {
    }

    /** The key was used with another body. */
    record Mismatch() implements Claim {
    }

    /** The first request with this key is still running. */
    record InProgress() implements Claim {
    }
}
