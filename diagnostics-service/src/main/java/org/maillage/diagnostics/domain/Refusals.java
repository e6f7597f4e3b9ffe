package org.maillage.diagnostics.domain;

import java.util.TreeSet;
import org.maillage.commons.security.Caller;

/** Says in a refusal who the caller is acting for, so that a partner sees at once which key or token was used. */
public final class Refusals {

    private Refusals() {
    }

    public static String actingFor(Caller caller) {
        String organisation = caller.organisationId() == null ? "no organisation"
                : "organisation " + caller.organisationId();
        return "this caller (" + caller.subject() + ") acts for " + organisation + " with scopes "
                + new TreeSet<>(caller.scopes());
    }
}
