package org.maillage.commons.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.maillage.commons.web.QueryParams;

/** Echoes what it read, so a test sees how each body field and parameter was understood. */
@Path("/probe-strict")
@Produces(MediaType.APPLICATION_JSON)
public class StrictProbeResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public StrictProbe echo(@Valid @NotNull StrictProbe body) {
        return body;
    }

    @GET
    @Path("/{id}")
    public Map<String, String> read(@PathParam("id") UUID id, @QueryParam("ref") UUID ref,
                                    @QueryParam("flag") Boolean flag, @QueryParam("colour") String colour,
                                    @QueryParam("q") String q) {
        Map<String, String> read = new LinkedHashMap<>();
        read.put("id", id.toString());
        read.put("ref", String.valueOf(ref));
        read.put("flag", String.valueOf(flag));
        read.put("colour", String.valueOf(QueryParams.enumValue(ProbeRequest.ProbeColour.class, "colour", colour)));
        read.put("q", String.valueOf(q));
        return read;
    }
}
