package org.maillage.alliances.domain;

/** The four forms of partnership between organisations of different worlds. */
public enum AllianceType {
    PHILANTHROPY,
    RESPONSIBLE_PRACTICES,
    ECONOMIC_COOPERATION,
    SOCIETAL_INNOVATION
}
