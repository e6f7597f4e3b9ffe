package org.maillage.diagnostics.coverage.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of the ecosystem's byWorld: world → kind → number of actors. */
@Schema(name = "ActorCountsByWorld", type = SchemaType.OBJECT, additionalProperties = KindCounts.class,
        description = "world → kind → number of actors")
final class ActorCountsByWorld {

    private ActorCountsByWorld() {
    }
}
