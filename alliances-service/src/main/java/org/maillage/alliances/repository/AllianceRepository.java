package org.maillage.alliances.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.maillage.alliances.domain.Alliance;

@ApplicationScoped
public class AllianceRepository implements PanacheRepositoryBase<Alliance, UUID> {
}
