package org.maillage.diagnostics.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;
import org.maillage.territory.TerritoryKey;
import org.maillage.territory.TerritoryLevel;

/** Opaque cursor of the territory list: the (code, level) of the last territory of the previous page. */
final class TerritoryCursor {

    private TerritoryCursor() {
    }

    static String encode(TerritoryKey key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key.code() + "|" + key.level()).getBytes(StandardCharsets.UTF_8));
    }

    static TerritoryKey decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new TerritoryKey(TerritoryLevel.valueOf(raw.substring(bar + 1)), raw.substring(0, bar));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadRequestException("cursor is not one this service issued",
                    List.of(new FieldError("cursor", "InvalidCursor", "is not a cursor issued by this list")));
        }
    }
}
