package org.maillage.commons.problem;

/** 412: the If-Match version no longer matches the resource. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(412, "precondition-failed", "Precondition failed", detail);
    }
}
