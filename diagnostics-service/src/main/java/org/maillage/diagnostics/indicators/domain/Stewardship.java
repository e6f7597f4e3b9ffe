package org.maillage.diagnostics.indicators.domain;

import org.maillage.commons.problem.ForbiddenException;
import org.maillage.commons.security.Caller;
import org.maillage.diagnostics.domain.Refusals;

/**
 * Reference data every partner's diagnostics rest on is kept by its stewards only: admins, or keys granted the
 * steward scope of that data (a statistics office, a data-providing partner). Everyone else reads it.
 */
public enum Stewardship {

    CATALOGUE("catalogue:manage", "the indicator catalogue"),
    OBSERVATIONS("observations:import", "observations");

    private final String scope;
    private final String data;

    Stewardship(String scope, String data) {
        this.scope = scope;
        this.data = data;
    }

    public boolean allows(Caller caller) {
        return caller.admin() || caller.scopes().contains(scope);
    }

    public void require(Caller caller) {
        if (!allows(caller)) {
            throw new ForbiddenException("Changing " + data + " needs the " + scope + " scope (or admin); "
                    + Refusals.actingFor(caller) + " without it");
        }
    }
}
