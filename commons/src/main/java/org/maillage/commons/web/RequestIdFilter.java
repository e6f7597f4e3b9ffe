package org.maillage.commons.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id (the caller's X-Request-Id or a new one), puts it in the logging context and
 * echoes it on the response, so a problem report can be matched with the logs. The W3C traceparent is kept
 * in the logging context too so that events written during the request carry it.
 */
public class RequestIdFilter {

    public static final String TRACEPARENT_HEADER = "traceparent";
    public static final String MDC_REQUEST_ID = "requestId";
    public static final String MDC_TRACEPARENT = "traceparent";

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String id = RequestIds.resolve(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(RequestIds.PROPERTY, id);
        MDC.put(MDC_REQUEST_ID, id);
        String traceparent = request.getHeaderString(TRACEPARENT_HEADER);
        if (traceparent != null) {
            MDC.put(MDC_TRACEPARENT, traceparent);
        } else {
            MDC.remove(MDC_TRACEPARENT);
        }
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestIds.HEADER, RequestIds.of(request));
    }
}
