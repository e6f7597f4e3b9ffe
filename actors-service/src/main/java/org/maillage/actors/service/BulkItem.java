package org.maillage.actors.service;

import org.maillage.commons.problem.ProblemException;

/** One item of a bulk import: what was read, or why it could not be read. */
public record BulkItem(int index, ActorInput input, ProblemException unreadable) {
}
