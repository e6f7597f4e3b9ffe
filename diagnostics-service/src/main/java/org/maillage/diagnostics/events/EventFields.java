package org.maillage.diagnostics.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.maillage.diagnostics.domain.TerritoryRef;
import org.maillage.diagnostics.repository.TerritoryCodes;
import org.maillage.territory.TerritoryLevel;

/**
 * Reads the fields of other services' events tolerantly: a field absent from an event leaves the projection
 * unchanged, unknown fields are ignored, so producers can add fields and event types without breaking us.
 */
@ApplicationScoped
public class EventFields {

    private static final Logger LOG = Logger.getLogger(EventFields.class);

    private final TerritoryCodes territoryCodes;

    public EventFields(TerritoryCodes territoryCodes) {
        this.territoryCodes = territoryCodes;
    }

    public static Optional<String> text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    public static Optional<UUID> uuid(JsonNode data, String field) {
        return text(data, field).map(UUID::fromString);
    }

    public static Optional<BigDecimal> decimal(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node != null && node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
    }

    public static Optional<Boolean> bool(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node != null && node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
    }

    /** A date as YYYY-MM-DD; one that does not parse is read as absent rather than failing the whole event. */
    public static Optional<LocalDate> date(JsonNode data, String field) {
        try {
            return text(data, field).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            LOG.warnf("Ignoring the date %s of an event's %s", data.get(field), field);
            return Optional.empty();
        }
    }

    /** The array field mapped item by item (null items dropped), or empty when the event has no such field. */
    public static <T> Optional<List<T>> list(JsonNode data, String field, Function<JsonNode, T> item) {
        JsonNode node = data.get(field);
        if (node == null || !node.isArray()) {
            return Optional.empty();
        }
        List<T> items = new ArrayList<>();
        node.forEach(element -> Optional.ofNullable(item.apply(element)).ifPresent(items::add));
        return Optional.of(items);
    }

    /**
     * Territories as {@code "DEPARTEMENT:93"} (what the actor registry publishes), {@code {"code": "93", "level":
     * "DEPARTEMENT"}} or a bare {@code "93"}. A bare code shared by a région and a département is read as the
     * département (the more local); unknown codes are dropped.
     */
    public Optional<List<TerritoryRef>> territories(JsonNode data, String field) {
        return list(data, field, this::territory);
    }

    private TerritoryRef territory(JsonNode node) {
        String code = node.isObject() ? text(node, "code").orElse(null) : node.asText(null);
        if (code == null) {
            return null;
        }
        Optional<TerritoryLevel> given = node.isObject() ? text(node, "level").flatMap(EventFields::level) : Optional.empty();
        int colon = code.indexOf(':');
        if (colon > 0) {
            given = level(code.substring(0, colon));
            code = code.substring(colon + 1);
        }
        Set<TerritoryLevel> levels = territoryCodes.levelsOf(code);
        if (given.isPresent()) {
            return levels.contains(given.get()) ? new TerritoryRef(code, given.get()) : null;
        }
        if (levels.isEmpty()) {
            LOG.warnf("Ignoring unknown territory code %s in an event", code);
            return null;
        }
        return new TerritoryRef(code, levels.contains(TerritoryLevel.DEPARTEMENT) ? TerritoryLevel.DEPARTEMENT
                : levels.iterator().next());
    }

    private static Optional<TerritoryLevel> level(String name) {
        try {
            return Optional.of(TerritoryLevel.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
