package org.maillage.alliances.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.commons.problem.FieldError;
import org.maillage.commons.problem.UnprocessableException;

/** How a revised list of objectives keeps the identity, and the results, of the objectives it revises. */
public final class Objectives {

    private Objectives() {
    }

    /**
     * An objective naming the id of a current one revises it; one without id is new. An id that names no current
     * objective, or that two objectives name, is a 422 naming each, and nothing changes.
     */
    static List<Objective> revise(List<Objective> current, List<Objective> revised) {
        Map<UUID, Objective> byId = current.stream().collect(Collectors.toMap(Objective::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < revised.size(); i++) {
            UUID id = revised.get(i).id();
            if (id == null) {
                continue;
            }
            if (!byId.containsKey(id)) {
                errors.add(new FieldError("objectives[" + i + "].id", "UnknownObjective",
                        "objective " + id + " is not an objective of this alliance: leave id out for a new one"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError("objectives[" + i + "].id", "DuplicateObjective",
                        "objective " + id + " is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("Objectives cannot be revised: "
                    + String.join("; ", errors.stream().map(FieldError::message).toList()), errors);
        }
        return revised.stream().map(o -> o.stored(o.id() == null ? null : byId.get(o.id()))).toList();
    }
}
