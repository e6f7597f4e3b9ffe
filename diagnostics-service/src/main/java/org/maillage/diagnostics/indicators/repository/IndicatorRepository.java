package org.maillage.diagnostics.indicators.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.maillage.diagnostics.indicators.domain.Indicator;
import org.maillage.vocabulary.Theme;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /** Keyset page ordered by code. */
    public List<Indicator> page(Theme theme, String afterCode, int fetchSize) {
        StringBuilder query = new StringBuilder("code > :after");
        Parameters parameters = Parameters.with("after", afterCode == null ? "" : afterCode);
        if (theme != null) {
            query.append(" and theme = :theme");
            parameters.and("theme", theme);
        }
        return find(query.append(" order by code").toString(), parameters).page(0, fetchSize).list();
    }
}
