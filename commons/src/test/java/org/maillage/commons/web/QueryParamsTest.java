package org.maillage.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

class QueryParamsTest {

    @Test
    void aDateIsReadInFullDateFormOnly() {
        assertEquals(LocalDate.of(2026, 3, 1), QueryParams.date("from", "2026-03-01"));
        assertNull(QueryParams.date("from", null));
        for (String malformed : new String[] {"2026-3-1", "2026-02-30", "+12026-03-01", "2026-03-01T00:00:00Z",
                " 2026-03-01", "01/03/2026", "２０２６-03-01"}) {
            BadRequestException refused = assertThrows(BadRequestException.class,
                    () -> QueryParams.date("from", malformed), malformed);
            FieldError error = refused.errors().get(0);
            assertEquals("from", error.field());
            assertEquals("InvalidValue", error.code());
        }
    }
}
