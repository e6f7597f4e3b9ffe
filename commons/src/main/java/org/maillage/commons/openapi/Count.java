package org.maillage.commons.openapi;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of a number of things counted in the database (a SQL count, a bigint): the values of the
 * maps that count actors, alliances or territories by category refer to it with
 * {@code @Schema(additionalProperties = Count.class)}.
 */
@Schema(name = "Count", type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = Count.MAX,
        description = "A number of things counted")
public final class Count {

    /** The largest count PostgreSQL's count(*) can return. */
    public static final String MAX = "9223372036854775807";

    private Count() {
    }
}
