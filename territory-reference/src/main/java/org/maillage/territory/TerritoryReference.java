package org.maillage.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The French territorial reference shipped in this jar: régions, overseas collectivities, départements,
 * EPCI and current communes. Immutable and thread-safe; load it once and share it.
 */
public final class TerritoryReference {

    private final String source;
    private final String checksum;
    private final List<Territory> territories;
    private final Map<TerritoryKey, Territory> byKey;
    private final Map<String, List<Territory>> byCode;
    private final Map<TerritoryLevel, List<Territory>> byLevel;

    private TerritoryReference(String source, TerritoryFile file) {
        this.source = source;
        this.checksum = file.checksum();
        this.territories = List.copyOf(file.territories());
        this.byKey = new HashMap<>(territories.size() * 2);
        territories.forEach(territory -> {
            if (byKey.put(territory.key(), territory) != null) {
                throw new IllegalStateException("duplicate territory " + territory.key());
            }
        });
        territories.forEach(this::requireParentsExist);
        this.byCode = territories.stream().collect(Collectors.groupingBy(Territory::code, Collectors.toUnmodifiableList()));
        this.byLevel = territories.stream().collect(Collectors.groupingBy(
                Territory::level, () -> new EnumMap<>(TerritoryLevel.class), Collectors.toUnmodifiableList()));
    }

    /** Loads the reference from this jar's resources. */
    public static TerritoryReference load() {
        try (InputStream properties = resource("reference.properties");
             InputStream data = resource("territories.tsv.gz")) {
            Properties reference = new Properties();
            reference.load(properties);
            return new TerritoryReference(reference.getProperty("source"), TerritoryFile.read(data));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the territory reference", e);
        }
    }

    /** Where the data comes from, for instance {@code @etalab/decoupage-administratif@6.0.0}. */
    public String source() {
        return source;
    }

    /** SHA-256 of the shipped data file: changes whenever the data does, even for the same source. */
    public String checksum() {
        return checksum;
    }

    /** Every territory, largest levels first, then by code. */
    public List<Territory> all() {
        return territories;
    }

    public List<Territory> ofLevel(TerritoryLevel level) {
        return byLevel.getOrDefault(level, List.of());
    }

    public Optional<Territory> find(TerritoryLevel level, String code) {
        return Optional.ofNullable(byKey.get(new TerritoryKey(level, code)));
    }

    /** The territory a caller's name means: with its level, or else the smallest with its code. */
    public Optional<Territory> resolve(TerritoryName name) {
        return name.pick(findByCode(name.code()));
    }

    /** Reads and resolves {@code "93"} or {@code "REGION:93"}; empty when it names no territory. */
    public Optional<Territory> resolve(String name) {
        return TerritoryName.parse(name).flatMap(this::resolve);
    }

    /** Territories with this code: none, one, or a région and a département sharing it. */
    public List<Territory> findByCode(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    private void requireParentsExist(Territory territory) {
        for (TerritoryKey parent : territory.parents()) {
            if (!byKey.containsKey(parent)) {
                throw new IllegalStateException(territory.key() + " has an unknown parent " + parent);
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = TerritoryReference.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing resource org/maillage/territory/" + name);
        }
        return stream;
    }
}
