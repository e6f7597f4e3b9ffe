package org.maillage.diagnostics.service;

/** Why one row (or one cell) of an import was refused. */
public record Rejection(int line, String column, String value, String code, String reason) {
}
