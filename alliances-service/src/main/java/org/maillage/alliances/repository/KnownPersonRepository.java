package org.maillage.alliances.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.maillage.alliances.domain.KnownPerson;

@ApplicationScoped
public class KnownPersonRepository implements PanacheRepositoryBase<KnownPerson, UUID> {
}
