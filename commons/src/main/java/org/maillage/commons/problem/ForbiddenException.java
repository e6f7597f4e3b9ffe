package org.maillage.commons.problem;

/** 403: the caller is known but may not do this to this object. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}
