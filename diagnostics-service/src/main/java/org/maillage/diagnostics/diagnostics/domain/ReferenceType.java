package org.maillage.diagnostics.diagnostics.domain;

/** What a territory is compared with. */
public enum ReferenceType {
    /** A territory containing it (by default the nearest). */
    PARENT,
    /** France: the aggregate of every territory of the same level. */
    NATION,
    /** Any named territory. */
    TERRITORY
}
