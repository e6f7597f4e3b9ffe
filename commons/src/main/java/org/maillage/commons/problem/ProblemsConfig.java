package org.maillage.commons.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's problems name what it serves. */
@ConfigMapping(prefix = "maillage.problems")
public interface ProblemsConfig {

    /**
     * What a lost optimistic-lock race changed, as the 409's detail names it ("The alliance was changed by another
     * request..."), for a service whose writes all change one kind of resource.
     */
    @WithDefault("resource")
    String concurrentlyChanged();
}
