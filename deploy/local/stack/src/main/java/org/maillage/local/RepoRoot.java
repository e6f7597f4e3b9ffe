package org.maillage.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the Maillage repository, whose modules hold the services' runnable jars. */
final class RepoRoot {

    private RepoRoot() {
    }

    /** The repository around the launcher's jar, or else around the working directory. */
    static Path locate() throws UsageException {
        Path workingDir = Path.of("").toAbsolutePath();
        return codeLocation().flatMap(RepoRoot::enclosing)
                .or(() -> enclosing(workingDir))
                .orElseThrow(() -> new UsageException("Cannot find the Maillage repository (a directory with"
                        + " deploy/local/start) around the launcher or " + workingDir));
    }

    private static Optional<Path> enclosing(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/start")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
