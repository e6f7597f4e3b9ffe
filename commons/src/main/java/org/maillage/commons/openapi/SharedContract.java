package org.maillage.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The conventions every service's contract follows, applied once to what the resources declare
 * ({@code mp.openapi.filter} names one filter: this one combines the rules).
 */
public class SharedContract implements OASFilter {

    private final SharedParameterLimits parameterLimits = new SharedParameterLimits();
    private final ProblemContent problemContent = new ProblemContent();

    @Override
    public Parameter filterParameter(Parameter parameter) {
        return parameterLimits.filterParameter(parameter);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        return problemContent.filterOperation(operation);
    }
}
