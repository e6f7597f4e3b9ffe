package org.maillage.diagnostics.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.maillage.commons.security.CallerIdentity;
import org.maillage.diagnostics.indicators.domain.Stewardship;

/**
 * Checks the caller of the current request against {@link Stewardship}, before any write of shared reference
 * data. The loaders of the reference and demo data run without a caller and do not pass here.
 */
@ApplicationScoped
public class Stewards {

    private final CallerIdentity identity;

    public Stewards(CallerIdentity identity) {
        this.identity = identity;
    }

    public void require(Stewardship data) {
        data.require(identity.caller());
    }
}
