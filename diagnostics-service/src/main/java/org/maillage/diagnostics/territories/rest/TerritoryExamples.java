package org.maillage.diagnostics.territories.rest;

/** JSON examples of the territory operations, for the OpenAPI contract. */
final class TerritoryExamples {

    static final String PARIS = """
            {"code": "75056", "name": "Paris", "level": "COMMUNE", "population": 2103778, "parents": [
              {"code": "200054781", "name": "Métropole du Grand Paris", "level": "EPCI"},
              {"code": "75", "name": "Paris", "level": "DEPARTEMENT"},
              {"code": "11", "name": "Île-de-France", "level": "REGION"}], "childrenCounts": {}}""";
    static final String PAGE = """
            {"items": [{"code": "01004", "name": "Ambérieu-en-Bugey", "level": "COMMUNE", "population": 15554,
              "parents": [{"code": "240100883", "level": "EPCI"}, {"code": "01", "level": "DEPARTEMENT"},
                          {"code": "84", "level": "REGION"}]}],
             "nextCursor": "MDEwMDR8Q09NTVVORQ"}""";
    static final String AMBIGUOUS = """
            {"type": "https://maillage.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "Code 11 names several territories: REGION (Île-de-France), DEPARTEMENT (Aude)",
             "instance": "/api/v1/territories/11",
             "errors": [{"field": "level", "code": "Required", "message": "must be given for a code shared by several levels"}],
             "correlationId": "7d2e9b10-4c1a-4f7e-8f0b-5b6c2e1d9a30"}""";
    static final String UNKNOWN = """
            {"type": "https://maillage.org/problems/not-found", "title": "Resource not found", "status": 404,
             "detail": "Territory 99999 does not exist", "instance": "/api/v1/territories/99999",
             "correlationId": "0f8a3c52-8f7e-4d2b-9a57-3c0e6d1b2a41"}""";
    static final String BAD_FILTER = """
            {"type": "https://maillage.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "No territory has the code 999", "instance": "/api/v1/territories",
             "errors": [{"field": "parent", "code": "UnknownTerritory", "message": "is not the code of a territory"}],
             "correlationId": "c1e5d0b4-2f8e-4a4b-9d7e-61b0f3a2c9d8"}""";

    private TerritoryExamples() {
    }
}
