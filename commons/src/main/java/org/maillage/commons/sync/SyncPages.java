package org.maillage.commons.sync;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers a change-feed request: the page as body and, while more changes wait, a Link rel="next" header. */
public final class SyncPages {

    private SyncPages() {
    }

    public static <T> Response ok(SyncPage<T> page, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.hasMore()) {
            var next = uriInfo.getRequestUriBuilder().replaceQueryParam(Checkpoint.PARAMETER, page.checkpoint()).build();
            response.links(Link.fromUri(next).rel("next").build());
        }
        return response.build();
    }
}
