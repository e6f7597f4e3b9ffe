package org.maillage.commons.events;

import java.util.List;

/**
 * The suite's Kafka topics, one per publishing service, each carrying the CloudEvents the event catalogue lists
 * for it. Named once here: the publisher, every consumer and the gateway's feed use these, never a literal.
 */
public final class Topics {

    public static final String ACTORS = "maillage.actors.v1";
    public static final String ALLIANCES = "maillage.alliances.v1";
    public static final String DIAGNOSTICS = "maillage.diagnostics.v1";
    public static final List<String> ALL = List.of(ACTORS, ALLIANCES, DIAGNOSTICS);

    private Topics() {
    }
}
