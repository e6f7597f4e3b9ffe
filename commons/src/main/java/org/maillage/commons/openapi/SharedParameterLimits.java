package org.maillage.commons.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.maillage.commons.http.ETags;
import org.maillage.commons.idempotency.Idempotency;
import org.maillage.commons.paging.PageRequest;
import org.maillage.commons.sync.Checkpoint;

/**
 * Documents the limits commons enforces on the parameters every service shares, wherever a service declares
 * them, so each contract states them the same way (the lengths of Idempotency-Key, If-Match and cursor, the
 * range of limit, the form of updatedSince and checkpoint), that a query parameter is never empty, and describes the paging
 * parameters of every list once, and what every list's updatedSince cannot promise.
 */
public class SharedParameterLimits implements OASFilter {

    private static final Map<String, Consumer<Schema>> LIMITS = Map.of(
            "header:" + Idempotency.HEADER, schema -> schema.minLength(1).maxLength(Idempotency.MAX_KEY_LENGTH)
                    .pattern("^[\\x21-\\x7E]+$"),
            "header:" + ETags.IF_MATCH, schema -> schema.maxLength(ETags.MAX_IF_MATCH_LENGTH),
            "query:cursor", schema -> schema.maxLength(PageRequest.MAX_CURSOR_LENGTH).pattern("^[A-Za-z0-9_=-]+$"),
            // a bounded answer that is not a page (suggestions per priority) declares a smaller maximum: it stands
            "query:limit", schema -> schema.format("int32").minimum(BigDecimal.ONE)
                    .maximum(schema.getMaximum() != null && schema.getMaximum().intValue() < PageRequest.MAX_LIMIT
                            ? schema.getMaximum() : BigDecimal.valueOf(PageRequest.MAX_LIMIT)),
            "query:updatedSince", schema -> schema.format("date-time").maxLength(35),
            "query:" + Checkpoint.PARAMETER, schema -> schema.maxLength(Checkpoint.MAX_LENGTH).pattern(Checkpoint.PATTERN));

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "query:cursor", "Opaque cursor of the next page: the nextCursor of the previous one",
            "query:limit", "Page size, 1 to " + PageRequest.MAX_LIMIT + " (default " + PageRequest.DEFAULT_LIMIT + ")",
            "query:" + Checkpoint.PARAMETER, "Where the previous call of this change feed left off: its checkpoint. "
                    + "Absent: from the start, every record once");

    /** Every list compares updated_at, stamped when the change is made: none can promise more. */
    private static final String UPDATED_SINCE_CAVEAT = "Approximate: it compares the time a change was made, not the "
            + "time it committed, so a change committing late can fall behind a client's last position. A complete "
            + "sync follows the change feed instead";

    @Override
    public Parameter filterParameter(Parameter parameter) {
        String key = parameter.getIn() + ":" + parameter.getName();
        if (parameter.getDescription() == null && DESCRIPTIONS.containsKey(key)) {
            parameter.description(DESCRIPTIONS.get(key));
        }
        if (key.equals("query:updatedSince")
                && (parameter.getDescription() == null || !parameter.getDescription().contains(UPDATED_SINCE_CAVEAT))) {
            parameter.description(parameter.getDescription() == null ? UPDATED_SINCE_CAVEAT
                    : parameter.getDescription().replaceFirst("\\.?$", ". ") + UPDATED_SINCE_CAVEAT);
        }
        Consumer<Schema> limits = LIMITS.get(key);
        if (limits != null && parameter.getRef() == null) {
            if (parameter.getSchema() == null) {
                parameter.schema(org.eclipse.microprofile.openapi.OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING)));
            }
            limits.accept(parameter.getSchema());
        }
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.QUERY && schema != null && schema.getRef() == null
                && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMinLength() == null) {
            // EmptyQueryValuesFilter refuses ?name= rather than reading it as absent.
            schema.minLength(1);
        }
        return parameter;
    }
}
