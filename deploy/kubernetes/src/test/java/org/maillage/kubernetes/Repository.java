package org.maillage.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Where the manifests are, and the sets of resources each kustomization renders to. */
final class Repository {

    /** Maven runs the tests in deploy/kubernetes. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    static final Path SCHEMAS = MANIFESTS.resolve("schemas");
    static final Path SECRETS_EXAMPLE = MANIFESTS.resolve("base/secrets.example.yaml");
    static final List<String> KUSTOMIZATIONS = List.of("base", "overlays/local", "overlays/production");

    private Repository() {
    }

    static Kustomization kustomize() {
        return new Kustomization(ROOT);
    }

    /** Each kustomization by its directory, rendered. */
    static Map<String, List<Manifest>> rendered() {
        Map<String, List<Manifest>> rendered = new LinkedHashMap<>();
        for (String kustomization : KUSTOMIZATIONS) {
            rendered.put(kustomization, kustomize().render(MANIFESTS.resolve(kustomization)));
        }
        return rendered;
    }

    /** The Secrets an installation makes itself, by name. */
    static Map<String, Manifest> externalSecrets() {
        Map<String, Manifest> secrets = new LinkedHashMap<>();
        Yaml.manifests(SECRETS_EXAMPLE, ROOT).forEach(secret -> secrets.put(secret.name(), secret));
        return secrets;
    }

    /** Every YAML file under deploy/kubernetes except the kustomizations themselves. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(MANIFESTS)) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.startsWith(MANIFESTS.resolve("target")))
                    .filter(file -> !file.getFileName().toString().equals(Kustomization.FILE))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
