package org.maillage.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every manifest, as written and as each kustomization renders it, conforms to its schema. */
class ManifestSchemaTest {

    private final CrdSchemas crds = new CrdSchemas(Repository.SCHEMAS);

    @Test
    void renderedManifestsConformToTheKubernetesAndOperatorSchemas() {
        List<String> problems = new ArrayList<>();
        Repository.rendered().forEach((kustomization, manifests) -> {
            assertFalse(manifests.isEmpty(), kustomization + " renders nothing");
            manifests.forEach(manifest -> problems.addAll(problems(manifest)));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFileIsReadByAKustomizationAndConformsToItsSchema() {
        Set<Path> read = new HashSet<>();
        Repository.KUSTOMIZATIONS.forEach(k -> read.addAll(Repository.kustomize().files(Repository.MANIFESTS.resolve(k))));
        List<String> problems = new ArrayList<>();
        for (Path file : Repository.yamlFiles()) {
            boolean example = file.equals(Repository.SECRETS_EXAMPLE);
            if (!example && !read.contains(file)) {
                problems.add(Repository.ROOT.relativize(file) + " is in no kustomization");
            }
            if (example && read.contains(file)) {
                problems.add("a kustomization applies " + file.getFileName() + ": it would overwrite the real Secrets");
            }
            // Patches are partial: they need not repeat what their target already has.
            boolean patch = file.startsWith(Repository.MANIFESTS.resolve("overlays")) && !isResource(file);
            Yaml.manifests(file, Repository.ROOT).forEach(manifest -> problems.addAll(patch
                    ? partialProblems(manifest) : problems(manifest)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void strictValidationRefusesMisspeltFields() {
        Manifest deployment = new Manifest((ObjectNode) Yaml.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinessProbe: {httpGet: {path: /q/health/ready, port: 8080}, periodSecond: 5}
                """), "test");
        assertEquals(List.of("Deployment/x (test): unknown field .spec.template.spec.containers[0].readinessProbe.periodSecond"),
                KubernetesSchemas.problems(deployment));
        Manifest topic = new Manifest((ObjectNode) Yaml.parse("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 3, replica: 3}
                """), "test");
        assertTrue(crds.problems(topic).stream().anyMatch(problem -> problem.contains("replica")), crds.problems(topic)::toString);
    }

    private List<String> problems(Manifest manifest) {
        return KubernetesSchemas.covers(manifest) ? KubernetesSchemas.problems(manifest) : crds.problems(manifest);
    }

    private List<String> partialProblems(Manifest manifest) {
        if (KubernetesSchemas.covers(manifest)) {
            return KubernetesSchemas.problems(manifest);
        }
        return crds.validate(manifest).stream().filter(message -> !message.getType().equals("required"))
                .map(ValidationMessage::getMessage).map(message -> manifest + ": " + message).toList();
    }

    /** Whether an overlay's file is one of its resources (complete objects) rather than a patch. */
    private static boolean isResource(Path file) {
        Path directory = file.getParent();
        for (JsonNode resource : Yaml.single(directory.resolve(Kustomization.FILE)).path("resources")) {
            if (directory.resolve(resource.asText()).normalize().equals(file)) {
                return true;
            }
        }
        return false;
    }
}
