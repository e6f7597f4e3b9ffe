package org.maillage.commons.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The caller of the current request, set by {@link IdentityFilter} before any resource runs. */
@RequestScoped
public class CallerIdentity {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The verified caller; fails if asked outside an authenticated API call, which is a programming error. */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("No verified caller for this request");
        }
        return caller;
    }

    /** The verified caller, or empty outside an authenticated API call (health, contract, tests' probes). */
    public Optional<Caller> verified() {
        return Optional.ofNullable(caller);
    }

    /** The caller's name for audit trails (timelines, logs). */
    public String who() {
        return caller == null ? null : caller.subject();
    }
}
