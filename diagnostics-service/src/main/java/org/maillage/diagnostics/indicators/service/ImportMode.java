package org.maillage.diagnostics.indicators.service;

/** Whether an import with rejected rows applies nothing or applies the valid rows. */
public enum ImportMode {
    ALL_OR_NOTHING,
    PARTIAL
}
