package org.maillage.commons.probe;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.TreeMap;
import org.maillage.commons.security.Caller;
import org.maillage.commons.security.CallerIdentity;

/** An API path, so that only calls carrying the gateway's identity reach it. */
@Path("/api/probe/whoami")
public class IdentityProbeResource {

    private final CallerIdentity identity;

    public IdentityProbeResource(CallerIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Map<String, Object> whoami() {
        Caller caller = identity.caller();
        Map<String, Object> body = new TreeMap<>();
        body.put("subject", caller.subject());
        body.put("organisation", caller.organisationId() == null ? "" : caller.organisationId().toString());
        body.put("admin", caller.admin());
        return body;
    }
}
