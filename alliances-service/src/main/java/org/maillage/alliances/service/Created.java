package org.maillage.alliances.service;

import org.maillage.alliances.domain.Alliance;

/** A part added to an alliance, with the alliance as it is now (its version is the new ETag). */
public record Created<T>(Alliance alliance, T item) {
}
