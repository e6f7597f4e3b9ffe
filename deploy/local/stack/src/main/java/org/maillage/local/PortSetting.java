package org.maillage.local;

import java.util.Locale;

/** A port the local suite listens on, set with {@link #option()} or {@link #environmentVariable()}. */
public enum PortSetting {
    GATEWAY("the gateway", 8080),
    ACTORS("actors-service", 8081),
    ALLIANCES("alliances-service", 8082),
    DIAGNOSTICS("diagnostics-service", 8083),
    POSTGRES("PostgreSQL", 15432),
    KAFKA("Kafka", 19092),
    KAFKA_CONTROLLER("the Kafka controller", 19093);

    private final String user;
    private final int defaultPort;

    PortSetting(String user, int defaultPort) {
        this.user = user;
        this.defaultPort = defaultPort;
    }

    /** Who listens on this port, for messages. */
    public String user() {
        return user;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String option() {
        return "--" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "-port";
    }

    public String environmentVariable() {
        return "MAILLAGE_" + name() + "_PORT";
    }
}
