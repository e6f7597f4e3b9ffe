package org.maillage.diagnostics.config;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.maillage.commons.persistence.LenientJsonFormatMapper;

/**
 * JSON columns (diagnostic snapshots, conversations, projections) are read leniently: a stored document stays
 * readable after a field is removed from its record.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonColumns extends LenientJsonFormatMapper {
}
