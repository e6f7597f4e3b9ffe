package org.maillage.commons.idempotency;

/**
 * Idempotent retries of POST requests (the IETF "Idempotency-Key" header). A client sends a unique key
 * with a POST; the first request with that key runs and its response is recorded; a retry with the same
 * key and the same body gets that response again, marked {@value #REPLAYED_HEADER}: true, without running
 * anything twice. The same key with another body is a 422 problem; a retry while the first is still
 * running is a 409 problem. Keys are scoped by method and path and expire after
 * {@code maillage.idempotency.retention}. Responses of 5xx, 409, 412 and 429 are not recorded: they depend
 * on a passing state, so the retry runs again.
 *
 * <p>Nothing to call: {@link IdempotencyFilter} applies to every POST of a service depending on commons.
 * Document the header on each POST operation with {@link #HEADER} and {@link #DESCRIPTION}.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final String DESCRIPTION = "Unique key (1 to 255 visible ASCII characters, a UUID is ideal) making "
            + "this POST safe to retry: a retry with the same key and body replays the first response; the same "
            + "key with another body is a 422 problem; kept 24 hours.";
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
