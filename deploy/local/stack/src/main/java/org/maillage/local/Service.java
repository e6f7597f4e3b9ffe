package org.maillage.local;

import java.nio.file.Path;
import java.util.List;

/** The Maillage processes, each a Quarkus application in its own Maven module with its own database. */
public enum Service {
    ACTORS("actors-service", "actors", PortSetting.ACTORS),
    ALLIANCES("alliances-service", "alliances", PortSetting.ALLIANCES),
    DIAGNOSTICS("diagnostics-service", "diagnostics", PortSetting.DIAGNOSTICS),
    GATEWAY("gateway", "gateway", PortSetting.GATEWAY);

    private final String module;
    private final String database;
    private final PortSetting port;

    Service(String module, String database, PortSetting port) {
        this.module = module;
        this.database = database;
        this.port = port;
    }

    /** The services behind the gateway, which it needs before it starts. */
    public static List<Service> backends() {
        return List.of(ACTORS, ALLIANCES, DIAGNOSTICS);
    }

    public static List<String> databases() {
        return List.of(values()).stream().map(Service::database).toList();
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public PortSetting port() {
        return port;
    }

    public Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
