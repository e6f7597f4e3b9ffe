package org.maillage.actors.service;

import org.maillage.actors.domain.ActorProposal;
import org.maillage.commons.problem.ProblemException;

/** One item of a bulk import: the actor proposed, or why the item could not be read. */
public record BulkEntry(int index, ActorProposal proposal, ProblemException unreadable) {
}
