package org.maillage.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * The base of every service image, made from the JDK that runs the build: the build machine and CI reach no
 * container registry, so no published base can be pulled. A jlink'ed JRE, the shared libraries it links against
 * (found with ldd), CA certificates, and an unprivileged user, written once as an image tarball that
 * {@link ServiceImage} builds on with {@code tar://}.
 */
public final class BaseImage {

    static final String USER = "10001:10001";
    static final String JAVA_HOME = "/opt/java";

    /**
     * Enough for Quarkus, Hibernate, JDBC, Kafka's client and TLS (java.se brings java.desktop for java.beans);
     * no locale data beyond java.base's English, which is all the services format numbers in.
     */
    private static final String MODULES = String.join(",", "java.se", "jdk.crypto.ec", "jdk.crypto.cryptoki",
            "jdk.unsupported", "jdk.zipfs", "jdk.naming.dns", "jdk.management", "jdk.jfr", "jdk.net", "jdk.charsets");

    private BaseImage() {
    }

    public static void main(String[] args) throws Exception {
        Path tarball = Path.of(args[0]);
        Path stamp = tarball.resolveSibling(tarball.getFileName() + ".jdk");
        String jdk = Files.readString(Path.of(System.getProperty("java.home"), "release"), StandardCharsets.UTF_8);
        if (Files.isRegularFile(tarball) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(jdk)) {
            System.out.println("[base image] " + tarball + " is up to date with this JDK");
            return;
        }
        Path root = tarball.resolveSibling("base-image-root");
        Tree.delete(root);
        Path javaHome = root.resolve(JAVA_HOME.substring(1));
        jlink(javaHome);
        SharedLibraries.copyInto(root, javaHome);
        copyCertificates(javaHome);
        writeAccounts(root);
        // Writable by the service's user where no volume is mounted on it (Kubernetes mounts an emptyDir).
        Files.setPosixFilePermissions(Files.createDirectories(root.resolve("tmp")),
                PosixFilePermissions.fromString("rwxrwxrwx"));

        Jib.fromScratch()
                .setFormat(ImageFormat.Docker)
                .addFileEntriesLayer(Tree.layer("jre", root))
                .setUser(USER)
                .addEnvironmentVariable("JAVA_HOME", JAVA_HOME)
                .addEnvironmentVariable("PATH", JAVA_HOME + "/bin:/usr/bin:/bin")
                .addEnvironmentVariable("LANG", "C.UTF-8")
                .containerize(Containerizer.to(TarImage.at(tarball).named("maillage/jre:" + Runtime.version().feature()))
                        .setToolName("maillage-container-image"));
        Files.writeString(stamp, jdk);
        System.out.println("[base image] wrote " + tarball);
    }

    private static void jlink(Path output) {
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("The build must run on a JDK with jlink"));
        StringWriter log = new StringWriter();
        int status = jlink.run(new PrintWriter(log), new PrintWriter(log), "--add-modules", MODULES,
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2", "--output", output.toString());
        if (status != 0) {
            throw new IllegalStateException("jlink failed: " + log);
        }
    }

    /** Debian's JDK links its cacerts to the system store; the image needs the file itself. */
    private static void copyCertificates(Path javaHome) throws IOException {
        Path cacerts = javaHome.resolve("lib/security/cacerts");
        Path system = Path.of(System.getProperty("java.home"), "lib/security/cacerts").toRealPath();
        Files.deleteIfExists(cacerts);
        Files.copy(system, cacerts);
    }

    private static void writeAccounts(Path root) throws IOException {
        Path etc = Files.createDirectories(root.resolve("etc"));
        Files.write(etc.resolve("passwd"), List.of("root:x:0:0:root:/root:/sbin/nologin",
                "maillage:x:10001:10001:Maillage service:/tmp:/sbin/nologin"));
        Files.write(etc.resolve("group"), List.of("root:x:0:", "maillage:x:10001:"));
    }
}
