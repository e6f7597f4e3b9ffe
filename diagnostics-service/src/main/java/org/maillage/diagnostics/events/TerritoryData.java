package org.maillage.diagnostics.events;

/** A territory as this service's events name it. */
public record TerritoryData(String code, String level, String name) {
}
