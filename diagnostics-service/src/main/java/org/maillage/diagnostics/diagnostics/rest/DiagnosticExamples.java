package org.maillage.diagnostics.diagnostics.rest;

/** Examples of the diagnostic operations. */
final class DiagnosticExamples {

    static final String REQUEST = """
            {"territoryCode": "93", "level": "DEPARTEMENT", "period": "2024",
             "indicators": ["demo_unemployment_rate", "demo_school_dropout_rate"],
             "reference": {"type": "PARENT", "level": "REGION"}, "peers": {"scope": "NATIONAL"}}""";
    static final String DIAGNOSTIC = """
            {"id": "6a1f4e2b-3c5d-4e7f-8a9b-0c1d2e3f4a5b", "territory": {"code": "93", "level": "DEPARTEMENT"},
             "territoryName": "Seine-Saint-Denis", "period": "2024",
             "comparison": {"referenceType": "PARENT", "referenceCode": "11", "referenceLevel": "REGION",
                            "referenceName": "Île-de-France", "peerScope": "NATIONAL"},
             "state": "DRAFT", "synthetic": true,
             "warning": "SYNTHETIC demo data: these figures are generated and are NOT real statistics about this territory.",
             "indicators": [{"indicator": "demo_unemployment_rate", "label": "Unemployment rate (SYNTHETIC demo data)",
               "unit": "%", "theme": "EMPLOYMENT", "polarity": "HIGHER_IS_WORSE", "synthetic": true, "value": 11.2,
               "referenceValue": 8.0, "relativeGap": 0.4, "peerCount": 101, "percentileRank": 96.5, "worsePeers": 3,
               "betterPeers": 97, "severity": "FRAGILE",
               "explanation": "Unemployment rate (SYNTHETIC demo data) is 11.2 % in Seine-Saint-Denis, against 8 % in Île-de-France: 40 % higher, which is worse. Of the 101 départements of France with a value, 3 are in a worse situation and 97 in a better one. A fragility: among the 10 % most fragile."}],
             "fragilities": [{"id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "origin": "DATA", "indicator": "demo_unemployment_rate",
               "title": "Unemployment rate (SYNTHETIC demo data)", "theme": "EMPLOYMENT", "severity": "FRAGILE",
               "description": "Unemployment rate (SYNTHETIC demo data) is 11.2 % in Seine-Saint-Denis, …"}],
             "priorities": [], "createdAt": "2026-03-02T09:15:00Z", "updatedAt": "2026-03-02T09:15:00Z", "version": 0}""";
    static final String BATCH = """
            {"level": "DEPARTEMENT", "period": "2024", "reference": {"type": "NATION"}}""";

    private DiagnosticExamples() {
    }
}
