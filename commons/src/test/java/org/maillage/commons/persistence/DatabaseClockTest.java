package org.maillage.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatabaseClockTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void instantsReadBackFromATimestamptzUnchanged() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement roundTrip = connection.prepareStatement("SELECT CAST(? AS timestamptz)")) {
            for (int i = 0; i < 200; i++) {
                Instant taken = DatabaseClock.now();
                assertEquals(0, taken.getNano() % 1_000, taken + " is finer than a microsecond");
                roundTrip.setObject(1, OffsetDateTime.ofInstant(taken, ZoneOffset.UTC));
                try (ResultSet read = roundTrip.executeQuery()) {
                    read.next();
                    assertEquals(taken, read.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        }
    }

    @Test
    void neverAheadOfTheSystemClock() {
        Instant taken = DatabaseClock.now();
        assertFalse(taken.isAfter(Instant.now()));
    }
}
