package org.maillage.commons.probe;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hibernate.StaleObjectStateException;

/** Fails as a write that lost an optimistic-locking race does, in both forms Hibernate reports it. */
@Path("/probe/concurrency")
public class ConcurrencyProbeResource {

    @GET
    @Path("/jpa")
    public String jpa() {
        throw new OptimisticLockException("Row was updated or deleted by another transaction");
    }

    @GET
    @Path("/hibernate")
    public String hibernate() {
        throw new StaleObjectStateException("Probe", 1L);
    }
}
