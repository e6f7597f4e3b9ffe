package org.maillage.diagnostics.events;

/** The events this service publishes on its topic (their data records live beside). */
public final class DiagnosticsEvents {

    public static final String OBSERVATIONS_IMPORTED = "org.maillage.observations.imported.v1";
    public static final String DIAGNOSTIC_PUBLISHED = "org.maillage.diagnostic.published.v1";
    public static final String DIAGNOSTIC_SUPERSEDED = "org.maillage.diagnostic.superseded.v1";
    public static final String PRIORITIES_ADOPTED = "org.maillage.diagnostic.priorities-adopted.v1";

    private DiagnosticsEvents() {
    }
}
