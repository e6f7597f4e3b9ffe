package org.maillage.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A service's OCI image archive, from Quarkus' fast-jar output: dependencies, Quarkus' generated classes and the
 * application in layers of their own, so a change of code rebuilds the smallest. Arguments: the quarkus-app
 * directory, the archive to write, the image name, the base image ({@code tar://…} or a registry reference) and
 * the service's application.properties (for the port it exposes).
 */
public final class ServiceImage {

    private static final AbsoluteUnixPath APP = AbsoluteUnixPath.get("/deployments");

    private ServiceImage() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        String name = args[2];
        String base = args[3];
        int port = httpPort(Path.of(args[4]));
        long started = System.nanoTime();
        Jib.from(base)
                .setFormat(ImageFormat.OCI)
                .addFileEntriesLayer(Tree.layer("dependencies", app.resolve("lib"), APP.resolve("lib")))
                .addFileEntriesLayer(Tree.layer("quarkus", app.resolve("quarkus"), APP.resolve("quarkus")))
                .addFileEntriesLayer(application(app))
                .setWorkingDirectory(APP)
                .setUser(BaseImage.USER)
                .addExposedPort(Port.tcp(port))
                // The services check request URIs themselves, to answer an invalid one with a problem body.
                .setEntrypoint("java", "-Dvertx.disableURIValidation=true",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar", APP.resolve("quarkus-run.jar").toString())
                .containerize(Containerizer.to(TarImage.at(archive).named(name))
                        .setToolName("maillage-container-image")
                        .setOfflineMode(base.startsWith(Jib.TAR_IMAGE_PREFIX)));
        System.out.printf("[service image] wrote %s (%s on %s) in %d ms%n", archive, name, base,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static FileEntriesLayer application(Path app) throws IOException {
        return FileEntriesLayer.builder().setName("application")
                .addEntryRecursive(app.resolve("app"), APP.resolve("app"))
                .addEntry(app.resolve("quarkus-run.jar"), APP.resolve("quarkus-run.jar"))
                .build();
    }

    private static int httpPort(Path applicationProperties) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(applicationProperties)) {
            properties.load(reader);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
    }
}
