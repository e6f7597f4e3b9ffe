package org.maillage.commons.problem;

/** 404: the addressed resource does not exist (or the caller may not know it exists). */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String resourceType, Object id) {
        super(404, "not-found", "Resource not found", resourceType + " " + id + " does not exist");
    }
}
