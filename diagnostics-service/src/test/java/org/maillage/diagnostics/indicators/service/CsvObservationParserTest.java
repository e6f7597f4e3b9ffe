package org.maillage.diagnostics.indicators.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.territory.TerritoryLevel;

class CsvObservationParserTest {

    @Test
    void readsInseeShapedFiles() {
        ParsedImport parsed = CsvObservationParser.parse("\uFEFFCODGEO;LIBGEO;TX\r\n01004;\"Ambérieu; en Bugey\";\"12,5\"\r\n"
                + "01005;Ambérieux;s\r\n01006;X;1e5\r\n", Map.of("tx", "tx"), "2021", TerritoryLevel.COMMUNE, "src");
        assertEquals(1, parsed.rows().size());
        assertEquals(12.5, parsed.rows().get(0).value());
        assertEquals(2, parsed.rows().get(0).line());
        assertEquals(1, parsed.skipped());
        assertEquals("NotANumber", parsed.rejections().get(0).code());
        assertEquals(4, parsed.rejections().get(0).line());
    }

    @Test
    void commaSeparatedWithPointDecimals() {
        ParsedImport parsed = CsvObservationParser.parse("codgeo,tx,other\n2A004,3.25,1\n", Map.of("tx", "tx"), "2021",
                TerritoryLevel.COMMUNE, null);
        assertEquals(3.25, parsed.rows().get(0).value());
        assertEquals("UnknownIndicator", parsed.rejections().get(0).code());
        assertEquals("other", parsed.rejections().get(0).column());
    }
}
