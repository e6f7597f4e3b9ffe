package org.maillage.diagnostics.territories.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.maillage.diagnostics.territories.domain.TerritoryRef;
import org.maillage.diagnostics.territories.repository.TerritoryCodes;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryName;

/**
 * Reads territories as other services' events name them, {@code "93"} or {@code "DEPARTEMENT:93"} (see
 * {@link TerritoryName}): without a level the smallest territory with the code wins, the département 93 rather
 * than the région. Checked against the codes held in memory, since one event can name hundreds of territories.
 */
@ApplicationScoped
public class TerritoryNames {

    private static final Logger LOG = Logger.getLogger(TerritoryNames.class);

    private final TerritoryCodes codes;

    public TerritoryNames(TerritoryCodes codes) {
        this.codes = codes;
    }

    /** The territories these names mean, in their order; a name that means none here is dropped. */
    public List<TerritoryRef> resolve(Collection<String> names) {
        return names.stream().map(this::resolve).flatMap(Optional::stream).toList();
    }

    private Optional<TerritoryRef> resolve(String value) {
        Optional<TerritoryName> name = TerritoryName.parse(value);
        Optional<TerritoryLevel> level = name.flatMap(this::level);
        if (level.isEmpty()) {
            LOG.warnf("Ignoring the unknown territory %s of an event", value);
        }
        return level.map(found -> new TerritoryRef(name.get().code(), found));
    }

    private Optional<TerritoryLevel> level(TerritoryName name) {
        Set<TerritoryLevel> levels = codes.levelsOf(name.code());
        if (name.level() != null) {
            return Optional.of(name.level()).filter(levels::contains);
        }
        // Levels are ordered from the largest territories to the smallest, as TerritoryName#pick reads them.
        return levels.stream().max(Comparator.naturalOrder());
    }
}
