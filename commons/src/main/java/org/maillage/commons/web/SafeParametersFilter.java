package org.maillage.commons.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * Path and query parameters are decoded text too: {@code %00} or a lone surrogate in them is refused with a 400
 * naming each parameter, before any resource can pass it to the database.
 */
public class SafeParametersFilter {

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void refuseUnsafeParameters(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(), errors);
        collect(request.getUriInfo().getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException("Parameter '" + errors.get(0).field() + "' " + SafeText.EXPECTATION, errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean safe = SafeText.isSafe(parameter.getKey())
                    && parameter.getValue().stream().allMatch(SafeText::isSafe);
            if (!safe) {
                String name = SafeText.isSafe(parameter.getKey()) ? parameter.getKey() : "(parameter name)";
                errors.add(new FieldError(name, "InvalidCharacters", SafeText.EXPECTATION));
            }
        }
    }
}
