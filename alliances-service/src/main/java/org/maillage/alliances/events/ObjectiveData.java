package org.maillage.alliances.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.maillage.alliances.domain.Objective;

/**
 * An objective as events carry it, result included (null until measured); indicator is an indicator code of
 * diagnostics-service's catalogue, as in the API.
 */
public record ObjectiveData(String title, String indicator, BigDecimal baseline, BigDecimal target, LocalDate dueDate,
                            ResultData result) {

    public record ResultData(BigDecimal value, boolean reached, LocalDate measuredOn) {
    }

    static List<ObjectiveData> of(List<Objective> objectives) {
        return objectives.stream().map(o -> new ObjectiveData(o.title(), o.indicator(), o.baseline(), o.target(),
                o.dueDate(), o.result() == null ? null
                        : new ResultData(o.result().value(), o.reached(), o.result().measuredOn()))).toList();
    }
}
