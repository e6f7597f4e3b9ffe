package org.maillage.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.maillage.commons.problem.Problem;

/**
 * Every error answer is an RFC 9457 problem: an operation's 4xx and 5xx responses declared without content are
 * given the {@code application/problem+json} content with the {@code Problem} schema, so that resources state
 * only when and why they refuse. A response that declares its own content (a richer problem, examples) keeps it.
 */
public class ProblemContent implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (isError(status) && response.getRef() == null && isEmpty(response)) {
                    response.content(problemContent());
                }
            });
        }
        return operation;
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean isEmpty(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
