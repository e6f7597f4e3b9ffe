package org.maillage.gateway.apikeys;

/** Sizes of API key fields, from the api_key table and the key format, stated in the contract. */
final class ApiKeyLimits {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_PREFIX_LENGTH = 32;
    /** {@code mlk_<prefix>_<43 base64url characters of a 256-bit secret>}. */
    static final int MAX_SECRET_LENGTH = 4 + MAX_PREFIX_LENGTH + 1 + 43;
    /** Every known scope (Scopes.KNOWN) and room for more; unknown ones are refused. */
    static final int MAX_SCOPES = 16;
    static final int MAX_SCOPE_LENGTH = 50;
    static final int MAX_REQUESTS_PER_MINUTE = 1_000_000;
    /** Keeps the unpaged list of keys bounded; far above what partners of one suite need. */
    static final int MAX_KEYS = 10_000;

    private ApiKeyLimits() {
    }
}
