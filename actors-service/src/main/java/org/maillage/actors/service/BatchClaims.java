package org.maillage.actors.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.actors.domain.ActorDraft;
import org.maillage.actors.domain.ExternalRef;
import org.maillage.actors.domain.Identifier;
import org.maillage.commons.problem.ConflictException;
import org.maillage.commons.problem.FieldError;

/** Identifiers and external refs taken by earlier items of the same batch: two items cannot share one. */
final class BatchClaims {

    private final Map<Object, Integer> owners = new HashMap<>();

    void claim(ActorDraft draft, int index) {
        for (int i = 0; i < draft.identifiers().size(); i++) {
            Identifier identifier = draft.identifiers().get(i);
            check(identifier, "identifiers[" + i + "].value", index,
                    "Identifier " + identifier.scheme() + " " + identifier.value());
        }
        for (int i = 0; i < draft.externalRefs().size(); i++) {
            ExternalRef ref = draft.externalRefs().get(i);
            check(ref, "externalRefs[" + i + "]", index, "External ref " + ref.system() + "/" + ref.id());
        }
        draft.identifiers().forEach(id -> owners.put(id, index));
        draft.externalRefs().forEach(ref -> owners.put(ref, index));
    }

    private void check(Object key, String field, int index, String what) {
        Integer owner = owners.get(key);
        if (owner != null && owner != index) {
            throw new ConflictException(what + " is already used by item " + owner + " of this batch",
                    List.of(new FieldError(field, "DuplicateInBatch", "item " + owner)));
        }
    }
}
