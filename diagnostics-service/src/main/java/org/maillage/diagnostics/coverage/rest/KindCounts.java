package org.maillage.diagnostics.coverage.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.commons.openapi.Count;

/** OpenAPI shape of a map kind → number of actors (the values of the ecosystem's byWorld). */
@Schema(name = "KindCounts", type = SchemaType.OBJECT, additionalProperties = Count.class,
        description = "kind → number of actors")
final class KindCounts {

    private KindCounts() {
    }
}
