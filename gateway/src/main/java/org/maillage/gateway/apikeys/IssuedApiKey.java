package org.maillage.gateway.apikeys;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A key just created or rotated; the secret is shown this once and cannot be read again")
public record IssuedApiKey(ApiKeyView key, @Schema(examples = "mlk_3f9a0c1d2e4b5a69_Qm9uam91cg",
        maxLength = ApiKeyLimits.MAX_SECRET_LENGTH, pattern = "^mlk_[A-Za-z0-9]+_[A-Za-z0-9_-]+$") String secret) {
}
