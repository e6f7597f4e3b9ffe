package org.maillage.actors.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.maillage.actors.domain.ActorKind;
import org.maillage.actors.domain.IdentifierScheme;
import org.maillage.actors.domain.Profession;
import org.maillage.actors.domain.World;
import org.maillage.vocabulary.Theme;

/** Query parameters of the actor list. */
public class ActorListParams {

    @QueryParam("q")
    @Parameter(description = "Words that must all begin a word of the name or description, ignoring accents, case and "
            + "punctuation (amber finds Ambérieu-en-Bugey)",
            example = "amberieu solidarite")
    @Size(max = 200)
    String q;

    @QueryParam("kind")
    @Parameter(description = "Only actors of this kind", schema = @Schema(implementation = ActorKind.class))
    String kind;

    @QueryParam("world")
    @Parameter(description = "Only actors of this world", schema = @Schema(implementation = World.class))
    String world;

    @QueryParam("theme")
    @Parameter(description = "Only actors working on this theme", schema = @Schema(implementation = Theme.class))
    String theme;

    @QueryParam("territory")
    @Parameter(description = "Actors acting on this territory, inside it or on a territory containing it. An INSEE/COG "
            + "code (the smallest territory with that code) or LEVEL:code, e.g. 93, 01004, REGION:84", example = "93")
    @Size(max = 30)
    String territory;

    @QueryParam("profession")
    @Parameter(description = "Only actors with a person of this profession",
            schema = @Schema(implementation = Profession.class))
    String profession;

    @QueryParam("identifierScheme")
    @Parameter(description = "With identifier: the scheme of an exact identifier lookup",
            schema = @Schema(implementation = IdentifierScheme.class))
    String identifierScheme;

    @QueryParam("identifier")
    @Parameter(description = "Exact identifier lookup (with identifierScheme)", example = "732829320")
    @Size(max = 100)
    String identifier;

    @QueryParam("updatedSince")
    @Parameter(description = "Only actors changed at or after this RFC 3339 instant; the list is then ordered by "
            + "(updatedAt, id) for incremental sync", example = "2026-01-31T08:00:00Z")
    String updatedSince;

    @QueryParam("includeArchived")
    @Parameter(description = "Also return archived and merged actors, as tombstones")
    Boolean includeArchived;

    @QueryParam("limit")
    Integer limit;

    @QueryParam("cursor")
    String cursor;
}
