package org.maillage.actors.repository;

import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.World;

/** Optional criteria of an actor list; null means "any". */
public record ActorFilter(ActorKind kind, World world) {
}
