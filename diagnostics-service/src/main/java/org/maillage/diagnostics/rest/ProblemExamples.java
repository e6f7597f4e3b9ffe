package org.maillage.diagnostics.rest;

/** Problem examples shared by the operations of this service. */
public final class ProblemExamples {

    public static final String VALIDATION = """
            {"type": "https://maillage.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "The request has invalid fields", "instance": "/api/v1/indicators",
             "errors": [{"field": "polarity", "code": "NotNull", "message": "must not be null"}],
             "correlationId": "5b1f0c9e-3a8d-4e2f-9b7c-2d4e6f8a0b1c"}""";
    public static final String NOT_FOUND = """
            {"type": "https://maillage.org/problems/not-found", "title": "Resource not found", "status": 404,
             "detail": "Indicator unemployment_rate does not exist", "instance": "/api/v1/indicators/unemployment_rate",
             "correlationId": "9e0d4c1b-7a2f-4b8e-8c3d-1f5a6b7c8d9e"}""";
    public static final String CONFLICT = """
            {"type": "https://maillage.org/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Indicator unemployment_rate already exists; PUT /api/v1/indicators/unemployment_rate changes it",
             "instance": "/api/v1/indicators", "correlationId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"}""";
    public static final String PRECONDITION = """
            {"type": "https://maillage.org/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"0\\" does not match the current version \\"1\\"; read the resource again and retry",
             "instance": "/api/v1/indicators/unemployment_rate", "correlationId": "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a"}""";
    public static final String UNPROCESSABLE = """
            {"type": "https://maillage.org/problems/unprocessable", "title": "Request cannot be processed", "status": 422,
             "detail": "No observation of demo_unemployment_rate for 2024 at 93",
             "instance": "/api/v1/diagnostics", "correlationId": "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b"}""";

    private ProblemExamples() {
    }
}
