package org.maillage.diagnostics.coverage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.maillage.diagnostics.coverage.domain.KnownActor;

@ApplicationScoped
public class KnownActorRepository implements PanacheRepositoryBase<KnownActor, UUID> {
}
