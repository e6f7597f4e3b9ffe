package org.maillage.commons.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers a list request: the page as body and, when there is more, a Link rel="next" header. */
public final class PageResponses {

    private PageResponses() {
    }

    public static <T> Response ok(CursorPage<T> page, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.nextCursor() != null) {
            var next = uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.links(Link.fromUri(next).rel("next").build());
        }
        return response.build();
    }
}
