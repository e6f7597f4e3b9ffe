package org.maillage.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer follows kustomize where the overlays rely on it. */
class KustomizationTest {

    @TempDir
    Path root;

    @Test
    void strategicMergeMergesContainersAndEnvByNameAndReplacesOtherLists() {
        ObjectNode deployment = (ObjectNode) Yaml.parse("""
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: app:1
                          args: [a, b]
                          env: [{name: A, value: "1"}, {name: B, value: "2"}]
                """);
        StrategicMerge.apply(deployment, Yaml.parse("""
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          args: [c]
                          env: [{name: B, value: "3"}, {name: C, value: "4"}]
                """), true);
        assertEquals(Yaml.parse("""
                - name: app
                  image: app:1
                  args: [c]
                  env: [{name: A, value: "1"}, {name: B, value: "3"}, {name: C, value: "4"}]
                """), deployment.at("/spec/template/spec/containers"));
    }

    @Test
    void customResourcesMergeAsJsonMergePatches() {
        ObjectNode pool = (ObjectNode) Yaml.parse("spec: {roles: [broker, controller], replicas: 3, storage: {size: 1Gi}}");
        StrategicMerge.apply(pool, Yaml.parse("spec: {roles: [broker], storage: null}"), false);
        assertEquals(Yaml.parse("spec: {roles: [broker], replicas: 3}"), pool);
    }

    @Test
    void jsonPatchesAddReplaceAndRemoveAndRefuseWhatTheyCannotFind() {
        ObjectNode ingress = (ObjectNode) Yaml.parse("spec: {tls: [{secretName: s}], rules: [{host: a}]}");
        JsonPatch.apply(ingress, (ArrayNode) Yaml.parse("""
                - {op: remove, path: /spec/tls}
                - {op: replace, path: /spec/rules/0/host, value: b}
                - {op: add, path: /spec/rules/-, value: {host: c}}
                """), "test");
        assertEquals(Yaml.parse("spec: {rules: [{host: b}, {host: c}]}"), ingress);
        assertThrows(IllegalArgumentException.class, () -> JsonPatch.apply(ingress,
                (ArrayNode) Yaml.parse("[{op: remove, path: /spec/tls}]"), "test"));
        assertThrows(IllegalArgumentException.class, () -> JsonPatch.apply(ingress,
                (ArrayNode) Yaml.parse("[{op: move, from: /spec/rules, path: /spec/other}]"), "test"));
    }

    @Test
    void overlaysPatchNamespaceAndRetagTheirBase() throws IOException {
        write("base/kustomization.yaml", "resources: [app.yaml]");
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec: {template: {spec: {containers: [{name: app, image: "maillage/app:0.1.0-SNAPSHOT"}]}}}
                """);
        write("overlay/kustomization.yaml", """
                namespace: ns
                resources: [../base]
                images: [{name: maillage/app, newName: registry.example.com/app, newTag: "1.0"}]
                patches:
                  - target: {kind: Deployment, name: app}
                    patch: |-
                      - {op: add, path: /spec/replicas, value: 2}
                """);
        List<Manifest> rendered = new Kustomization(root).render(root.resolve("overlay"));
        assertEquals(1, rendered.size());
        ObjectNode body = rendered.get(0).body();
        assertEquals("ns", body.at("/metadata/namespace").asText());
        assertEquals(2, body.at("/spec/replicas").asInt());
        assertEquals("registry.example.com/app:1.0", body.at("/spec/template/spec/containers/0/image").asText());
    }

    @Test
    void unsupportedFieldsAndPatchesWithoutTargetFail() throws IOException {
        write("a/kustomization.yaml", "resources: []\nconfigMapGenerator: [{name: x}]");
        assertThrows(IllegalArgumentException.class, () -> new Kustomization(root).render(root.resolve("a")));
        write("b/kustomization.yaml", "resources: []\npatches: [{path: p.yaml}]");
        write("b/p.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: missing}");
        assertThrows(IllegalArgumentException.class, () -> new Kustomization(root).render(root.resolve("b")));
    }

    private void write(String file, String content) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
