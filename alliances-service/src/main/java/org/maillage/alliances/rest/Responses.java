package org.maillage.alliances.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.maillage.alliances.domain.Alliance;
import org.maillage.commons.http.ETags;

/** Every write answers with the alliance as it now is and its new version as ETag. */
final class Responses {

    static final String IF_MATCH_DESCRIPTION = "Current ETag of the alliance; a stale one is refused with 412";

    private Responses() {
    }

    static Response ok(Alliance alliance) {
        return Response.ok(AllianceResponse.of(alliance)).tag(ETags.of(alliance.version())).build();
    }

    static Response created(URI location, Alliance alliance) {
        return Response.created(location).entity(AllianceResponse.of(alliance)).tag(ETags.of(alliance.version())).build();
    }
}
