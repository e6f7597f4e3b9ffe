package org.maillage.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The conventions every service's contract follows, applied once to what the resources declare
 * ({@code mp.openapi.filter} names one filter: this one combines the rules).
 */
public class SharedContract implements OASFilter {

    private final SharedParameterLimits parameterLimits = new SharedParameterLimits();
    private final IdempotentPosts idempotentPosts = new IdempotentPosts(parameterLimits);
    private final ProblemContent problemContent = new ProblemContent();
    private final MergePatchSchemas mergePatchSchemas = new MergePatchSchemas();

    @Override
    public Parameter filterParameter(Parameter parameter) {
        return parameterLimits.filterParameter(parameter);
    }

    @Override
    public PathItem filterPathItem(PathItem item) {
        idempotentPosts.filterPathItem(item);
        // The answers it adds are problems too, whichever of path item and operation is filtered first.
        if (item.getPOST() != null) {
            problemContent.filterOperation(item.getPOST());
        }
        return item;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        return NotBlankPattern.state(schema);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        return problemContent.filterOperation(operation);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        mergePatchSchemas.filterOpenAPI(openAPI);
    }
}
