package org.maillage.actors.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.maillage.actors.domain.Profession;

/** Query parameters of the people directory. */
public class PeopleDirectoryParams {

    /** Ids of organisations one request may name; a longer list is better read organisation by organisation. */
    static final int MAX_ACTORS = 100;

    @QueryParam("profession")
    @Parameter(description = "Only people holding one of these professions (repeat the parameter: "
            + "profession=TERRITORIAL_CATALYST&profession=INTER_ORGANISATION_MEDIATOR)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Profession.class, uniqueItems = true,
                    maxItems = 4))
    List<String> profession;

    @QueryParam("territory")
    @Parameter(description = "People of the organisations acting on this territory, inside it or on a territory "
            + "containing it, as the actor list's territory filter. An INSEE/COG code (the smallest territory with "
            + "that code) or LEVEL:code, e.g. 93, 01004, REGION:84", example = "93")
    @Size(max = 30)
    String territory;

    @QueryParam("actor")
    @Parameter(description = "Only people of these organisations (repeat the parameter); an id that names no "
            + "organisation finds nobody",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, uniqueItems = true, maxItems = MAX_ACTORS))
    @Size(max = MAX_ACTORS)
    List<String> actor;

    @QueryParam("q")
    @Parameter(description = "Words that must all begin a word of the person's name or job title, ignoring accents, "
            + "case and punctuation (helene finds Hélène)", example = "helene mediatrice")
    @Size(max = 200)
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only people changed at or after this RFC 3339 instant; the list is then ordered by "
            + "(updatedAt, id)", example = "2026-01-31T08:00:00Z")
    String updatedSince;

    @QueryParam("includeArchived")
    @Parameter(description = "Also return removed and erased people, as tombstones, and the people of archived "
            + "organisations")
    Boolean includeArchived;

    @QueryParam("limit")
    Integer limit;

    @QueryParam("cursor")
    String cursor;
}
