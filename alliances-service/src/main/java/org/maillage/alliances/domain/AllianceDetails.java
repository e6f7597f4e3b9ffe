package org.maillage.alliances.domain;

import java.util.List;
import java.util.Set;

/** The descriptive part of an alliance, which partners may revise at any time before it is final. */
public record AllianceDetails(String name, String purpose, AllianceType type, Set<String> territories,
                              Set<String> themes, List<Objective> objectives, Set<AddressedFragility> fragilities) {
}
