package org.maillage.diagnostics.indicators.rest;

/** Examples of the import operations. */
final class ImportExamples {

    static final String CSV = """
            CODGEO;LIBGEO;unemployment_rate;school_dropout_rate
            93066;Saint-Denis;18,4;21,0
            93008;Bobigny;17,9;s
            """;
    static final String JSON = """
            {"period": "2021", "source": "INSEE, recensement de la population 2021", "observations": [
              {"indicator": "unemployment_rate", "territoryCode": "93066", "value": 18.4},
              {"indicator": "unemployment_rate", "territoryCode": "93", "level": "DEPARTEMENT", "value": 15.2}]}""";
    static final String REPORT = """
            {"importId": "0b8e9c3a-1d2f-4e5a-8b7c-6d5e4f3a2b1c", "status": "APPLIED", "mode": "ALL_OR_NOTHING",
             "received": 4, "created": 3, "updated": 0, "skipped": 1, "rejected": 0, "derived": 8,
             "indicators": ["school_dropout_rate", "unemployment_rate"], "periods": ["2021"], "rejections": []}""";
    static final String REJECTED = """
            {"type": "https://maillage.org/problems/import-rejected", "title": "Import rejected", "status": 422,
             "detail": "1 rows of the import were rejected; nothing was written (send mode=PARTIAL to write the valid rows anyway)",
             "instance": "/api/v1/observation-imports/csv",
             "errors": [{"field": "line 3: CODGEO", "code": "UnknownTerritory",
                         "message": "no territory has the code 1004 (did a spreadsheet drop a leading zero? 01004 exists)"}],
             "correlationId": "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c",
             "report": {"importId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "status": "REJECTED", "mode": "ALL_OR_NOTHING",
               "received": 4, "created": 0, "updated": 0, "skipped": 0, "rejected": 1, "derived": 0,
               "indicators": ["unemployment_rate"], "periods": ["2021"],
               "rejections": [{"line": 3, "column": "CODGEO", "value": "1004", "code": "UnknownTerritory",
                 "reason": "no territory has the code 1004 (did a spreadsheet drop a leading zero? 01004 exists)"}]}}""";

    private ImportExamples() {
    }
}
