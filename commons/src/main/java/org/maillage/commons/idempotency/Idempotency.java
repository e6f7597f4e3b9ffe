package org.maillage.commons.idempotency;

/**
 * Idempotent retries of POST requests (the IETF "Idempotency-Key" header). A client sends a unique key
 * with a POST; the first request with that key runs and its response is recorded; a retry with the same
 * key and the same body gets that response again, marked {@value #REPLAYED_HEADER}: true, without running
 * anything twice. The same key with another body is a 422 problem; a retry while the first is still
 * running is a 409 problem. Keys belong to the caller who sent them (its kind, subject and organisation, see
 * {@link IdempotencyOwner}), then to the method and path: another caller's key is another key, whose request
 * runs as its own, and never replays what the first caller was answered. Keys expire after
 * {@code maillage.idempotency.retention}. Responses of 5xx, 409, 412 and 429 are not recorded: they depend
 * on a passing state, so the retry runs again.
 *
 * <p>A successful response that shows a secret once ({@link SecretInResponse}) is not recorded: no secret rests
 * in the table. A retry with its key is a 422 problem (type {@code secret-shown-once}) naming the resource
 * that holds the secret, by id and {@code Location}; a retry is no way to see a secret twice.
 *
 * <p>Nothing to call: {@link IdempotencyFilter} applies to every POST of a service depending on commons.
 * Document the header on each POST operation with {@link #HEADER} and {@link #DESCRIPTION}.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final String DESCRIPTION = "Unique key (1 to 255 visible ASCII characters, a UUID is ideal) making "
            + "this POST safe to retry: a retry by the same caller with the same key and body replays the first "
            + "response; the same key with another body is a 422 problem; keys are the caller's own (another "
            + "caller's same key is another key); a response showing a secret once is not kept, and its retry is "
            + "a 422 problem naming the resource; kept 24 hours.";
    public static final int MAX_KEY_LENGTH = 255;

    private Idempotency() {
    }

    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }
}
