package org.maillage.actors.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.actors.service.ReferenceSystems;

@Path("/api/v1/reference-systems/{system}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ReferenceSystemResource {

    private final ReferenceSystems systems;

    public ReferenceSystemResource(ReferenceSystems systems) {
        this.systems = systems;
    }

    @GET
    @Operation(operationId = "getReferenceSystem", summary = "Which organisation a reference system belongs to",
            description = "A reference system (the system of external refs, e.g. a partner's CRM) belongs to the "
                    + "organisation that first wrote a reference in it: only that organisation's keys and admins write "
                    + "references in it, including upserts by ref.")
    @APIResponse(responseCode = "200", description = "The system's owner",
            content = @Content(schema = @Schema(implementation = ReferenceSystemView.class)))
    @APIResponse(responseCode = "404", description = "No organisation has used this system yet")
    public ReferenceSystemView get(@Parameter(description = "The system's name", example = "civicrm-bugey")
                                   @PathParam("system") @NotBlank @Size(max = 100) String system) {
        return ReferenceSystemView.of(systems.get(system));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignReferenceSystem", summary = "Give a reference system to an organisation (admin)",
            description = "For an organisation whose system another one claimed first: from now on only the new "
                    + "owner's keys write references in it. References already written stay where they are.")
    @APIResponse(responseCode = "200", description = "The system with its new owner",
            content = @Content(schema = @Schema(implementation = ReferenceSystemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Only admins assign reference systems")
    @APIResponse(responseCode = "422", description = "organisationId is not an actor of the registry")
    public ReferenceSystemView assign(@Parameter(description = "The system's name", example = "civicrm-bugey")
                                      @PathParam("system") @NotBlank @Size(max = 100) String system,
                                      @Valid @NotNull AssignReferenceSystemRequest request) {
        return ReferenceSystemView.of(systems.assign(system, request.organisationId()));
    }
}
