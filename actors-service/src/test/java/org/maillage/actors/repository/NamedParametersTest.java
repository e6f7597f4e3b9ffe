package org.maillage.actors.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void aNameStandingTwiceBindsItsValueTwiceInOrder() {
        NamedParameters.Positional positional = NamedParameters.positional(
                "SELECT 1 WHERE (a.at, a.id) > (:at, :id) UNION SELECT 2 WHERE t.code = :tcode0 AND (t.at, t.id) > (:at, :id)",
                Map.of("at", "T", "id", "I", "tcode0", "93"));
        assertEquals("SELECT 1 WHERE (a.at, a.id) > (?, ?) UNION SELECT 2 WHERE t.code = ? AND (t.at, t.id) > (?, ?)",
                positional.sql());
        assertEquals(List.of("T", "I", "93", "T", "I"), positional.values());
    }

    @Test
    void quotedTextAndCastsAreNotParameters() {
        NamedParameters.Positional positional = NamedParameters.positional(
                "SELECT 'a:b it''s :kind' WHERE x @@ CAST('''amberieu'':*' AS tsquery) AND y = :kind::text",
                Map.of("kind", "ASSOCIATION"));
        assertEquals("SELECT 'a:b it''s :kind' WHERE x @@ CAST('''amberieu'':*' AS tsquery) AND y = ?::text",
                positional.sql());
        assertEquals(List.of("ASSOCIATION"), positional.values());
    }

    @Test
    void aNameWithoutValueIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> NamedParameters.positional("SELECT 1 WHERE a = :missing", Map.of()));
        assertEquals("No value for :missing", refused.getMessage());
    }
}
