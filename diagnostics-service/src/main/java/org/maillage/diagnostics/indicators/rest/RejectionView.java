package org.maillage.diagnostics.indicators.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maillage.diagnostics.indicators.service.Rejection;
import org.maillage.diagnostics.rest.Bounds;

@Schema(name = "Rejection", description = "A refused row or cell of an import")
public record RejectionView(
        @Schema(description = "CSV: line in the file, the header being line 1. JSON: position in `observations`, from 1",
                example = "7", minimum = "1", maximum = Bounds.INT_MAX) int line,
        @Schema(description = "CSV column or JSON field at fault", example = "CODGEO", maxLength = Rejection.MAX_ECHO)
        String column,
        @Schema(description = "The value refused (cut beyond " + Rejection.MAX_ECHO + " characters)", example = "1004",
                maxLength = Rejection.MAX_ECHO) String value,
        @Schema(enumeration = {"UnknownTerritory", "AmbiguousTerritory", "UnknownIndicator", "InvalidPeriod",
                "NotANumber", "OutOfRange", "Duplicate", "WrongColumnCount", "CellTooLong", "MissingHeader",
                "MissingColumn"}, example = "UnknownTerritory")
        String code,
        @Schema(example = "no territory has the code 1004 (did a spreadsheet drop a leading zero? 01004 exists)",
                maxLength = Rejection.MAX_REASON) String reason) {

    static RejectionView of(Rejection rejection) {
        return new RejectionView(rejection.line(), rejection.column(), rejection.value(), rejection.code(), rejection.reason());
    }
}
