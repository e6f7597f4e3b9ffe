package org.maillage.actors.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may write external references in a reference system. A system belongs to the organisation that first
 * used it, so no partner can create or take over records in another partner's CRM namespace; admins write in
 * every system, and a caller acting for no organisation writes in none.
 */
public final class ReferenceSystemOwner {

    private ReferenceSystemOwner() {
    }

    /** Why this caller may not write references in the system, or empty when it may (claiming it if free). */
    public static Optional<String> refusal(String system, UUID owner, UUID callerOrganisation, boolean admin) {
        if (admin || (owner != null && owner.equals(callerOrganisation))) {
            return Optional.empty();
        }
        if (callerOrganisation == null) {
            return Optional.of("External references are written by an organisation's key or an admin; this caller "
                    + "acts for no organisation");
        }
        if (owner == null) {
            return Optional.empty();
        }
        return Optional.of("Reference system '" + system + "' belongs to organisation " + owner
                + ": only its keys and admins write references in it");
    }

    /** Whether a write by this caller claims a system nobody owns yet. */
    public static boolean claims(UUID owner, UUID callerOrganisation, boolean admin) {
        return owner == null && !admin && callerOrganisation != null;
    }
}
