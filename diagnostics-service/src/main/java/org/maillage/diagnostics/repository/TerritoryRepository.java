package org.maillage.diagnostics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.maillage.diagnostics.domain.Territory;
import org.maillage.diagnostics.domain.TerritoryId;
import org.maillage.territory.TerritoryKey;

@ApplicationScoped
public class TerritoryRepository implements PanacheRepositoryBase<Territory, TerritoryId> {

    /** Territories with this code at any level: a région and a département may share one. */
    public List<Territory> findByCode(String code) {
        return list("id.code", code);
    }

    public List<Territory> findByKeys(Collection<TerritoryKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<TerritoryKey> wanted = Set.copyOf(keys);
        List<String> codes = keys.stream().map(TerritoryKey::code).distinct().toList();
        return list("id.code in ?1", codes).stream().filter(territory -> wanted.contains(territory.key())).toList();
    }
}
