package org.maillage.commons.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.maillage.commons.idempotency.Idempotency;

/**
 * commons honours {@value Idempotency#HEADER} on every POST, so every POST operation documents the header and
 * the 422 answered when a key is reused with another body; resources do not repeat them.
 */
public class IdempotentPosts implements OASFilter {

    static final String REUSED_KEY = "Idempotency-Key reused with another body, or the retry of an answer that "
            + "showed a secret once (it names the resource)";

    private final SharedParameterLimits limits;

    IdempotentPosts(SharedParameterLimits limits) {
        this.limits = limits;
    }

    @Override
    public PathItem filterPathItem(PathItem item) {
        Operation post = item.getPOST();
        if (post != null) {
            boolean declared = post.getParameters() != null && post.getParameters().stream()
                    .anyMatch(parameter -> Idempotency.HEADER.equalsIgnoreCase(parameter.getName()));
            if (!declared) {
                post.addParameter(limits.filterParameter(OASFactory.createParameter().name(Idempotency.HEADER)
                        .in(Parameter.In.HEADER).description(Idempotency.DESCRIPTION)
                        .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING)))));
            }
            APIResponses responses = post.getResponses();
            if (responses != null && !responses.hasAPIResponse("422")) {
                responses.addAPIResponse("422", OASFactory.createAPIResponse().description(REUSED_KEY));
            }
        }
        return item;
    }
}
