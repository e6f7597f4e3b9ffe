package org.maillage.commons.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pattern the contract states for {@code @NotBlank} takes exactly the strings the validator takes. */
@QuarkusTest
class NotBlankPatternTest {

    private record Named(@NotBlank String name) {
    }

    @Inject
    Validator validator;

    @Test
    void theStatedPatternAgreesWithTheValidator() {
        Pattern stated = Pattern.compile(NotBlankPattern.AS_VALIDATED);
        List<String> values = new ArrayList<>(List.of("", " a ", "\t\u3000\u00a0"));
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            values.add(String.valueOf(c));
        }
        for (String value : values) {
            boolean validated = validator.validate(new Named(value)).isEmpty();
            assertEquals(validated, stated.matcher(value).find(), () -> value.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }
}
