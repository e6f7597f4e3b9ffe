package org.maillage.actors.service;

import org.maillage.actors.domain.Actor;

/** The outcome of an upsert: the actor, and whether it was created, changed or left as it was. */
public record Upserted(Actor actor, Outcome outcome) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
