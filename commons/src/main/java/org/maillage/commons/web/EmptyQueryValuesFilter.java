package org.maillage.commons.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.maillage.commons.problem.BadRequestException;
import org.maillage.commons.problem.FieldError;

/**
 * A query parameter given with no value ({@code ?level=}) is refused with a 400 naming it, rather than read as
 * absent: a client that meant a filter and sent none would otherwise get every record. Leave the parameter out
 * instead.
 */
public class EmptyQueryValuesFilter {

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 1)
    public void refuseEmptyQueryValues(ContainerRequestContext request) {
        List<FieldError> errors = request.getUriInfo().getQueryParameters().entrySet().stream()
                .filter(parameter -> parameter.getValue().stream().anyMatch(String::isEmpty))
                .map(Map.Entry::getKey)
                .sorted()
                .map(name -> new FieldError(name, "NotEmpty", "must not be empty; leave the parameter out instead"))
                .toList();
        if (!errors.isEmpty()) {
            throw new BadRequestException("Parameter '" + errors.get(0).field() + "' has an empty value", errors);
        }
    }
}
