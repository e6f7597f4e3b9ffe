package org.maillage.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The part of kustomize these manifests use: {@code resources} (files, and directories with a kustomization),
 * {@code namespace}, {@code images}, and {@code patches}, each either a strategic-merge patch naming its target
 * (apiVersion, kind, metadata.name) or a JSON 6902 patch with a {@code target} (kind, optional name). Any other
 * field fails the rendering, so a manifest cannot come to rely on a feature this does not implement. No Java
 * library on Maven Central renders kustomizations; this keeps to kustomize's documented semantics for these.
 */
final class Kustomization {

    static final String FILE = "kustomization.yaml";
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "patches",
            "images");

    private final Path root;

    Kustomization(Path root) {
        this.root = root;
    }

    /** Every file a kustomization reads, directly or through the kustomizations it includes. */
    List<Path> files(Path directory) {
        List<Path> files = new ArrayList<>();
        files.add(directory.resolve(FILE));
        ObjectNode kustomization = read(directory);
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                files.addAll(files(path));
            } else {
                files.add(path);
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.has("path")) {
                files.add(directory.resolve(patch.get("path").asText()).normalize());
            }
        }
        return files;
    }

    List<Manifest> render(Path directory) {
        ObjectNode kustomization = read(directory);
        List<Manifest> manifests = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            manifests.addAll(Files.isDirectory(path) ? render(path) : Yaml.manifests(path, root));
        }
        requireUnique(manifests, directory);
        for (JsonNode patch : kustomization.path("patches")) {
            manifests = patch.has("target") ? jsonPatch(manifests, patch, directory) : strategicMerge(manifests, patch,
                    directory);
        }
        for (JsonNode image : kustomization.path("images")) {
            manifests.forEach(manifest -> setImage(manifest.body(), image));
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            manifests.forEach(manifest -> ((ObjectNode) manifest.body().path("metadata")).put("namespace", namespace));
        }
        return manifests;
    }

    private ObjectNode read(Path directory) {
        ObjectNode kustomization = Yaml.single(directory.resolve(FILE));
        for (Iterator<String> names = kustomization.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(directory.resolve(FILE) + ": '" + name + "' is not supported");
            }
        }
        return kustomization;
    }

    private static void requireUnique(List<Manifest> manifests, Path directory) {
        Set<String> ids = new HashSet<>();
        for (Manifest manifest : manifests) {
            if (!ids.add(manifest.group() + "/" + manifest.kind() + "/" + manifest.name())) {
                throw new IllegalArgumentException(directory + ": " + manifest + " is defined twice");
            }
        }
    }

    private List<Manifest> strategicMerge(List<Manifest> manifests, JsonNode patch, Path directory) {
        List<Manifest> patches = patch.has("path")
                ? Yaml.manifests(directory.resolve(patch.get("path").asText()), root)
                : List.of(new Manifest((ObjectNode) Yaml.parse(patch.get("patch").asText()), directory.toString()));
        List<Manifest> result = new ArrayList<>(manifests);
        for (Manifest change : patches) {
            int index = indexOf(result, change);
            Manifest target = result.get(index);
            ObjectNode merged = target.body().deepCopy();
            StrategicMerge.apply(merged, change.body(), StrategicMerge.isBuiltIn(target.group()));
            result.set(index, target.with(merged));
        }
        return result;
    }

    private static int indexOf(List<Manifest> manifests, Manifest patch) {
        for (int i = 0; i < manifests.size(); i++) {
            Manifest candidate = manifests.get(i);
            if (candidate.is(patch.kind(), patch.name()) && candidate.group().equals(patch.group())) {
                return i;
            }
        }
        throw new IllegalArgumentException(patch.source() + ": the patch's target " + patch.kind() + "/"
                + patch.name() + " is not among the resources");
    }

    private List<Manifest> jsonPatch(List<Manifest> manifests, JsonNode patch, Path directory) {
        JsonNode target = patch.get("target");
        String text = patch.has("path") ? text(directory.resolve(patch.get("path").asText()))
                : patch.get("patch").asText();
        ArrayNode operations = (ArrayNode) Yaml.parse(text);
        List<Manifest> result = new ArrayList<>();
        boolean matched = false;
        for (Manifest manifest : manifests) {
            if (manifest.kind().equals(target.path("kind").asText())
                    && (!target.has("name") || manifest.name().equals(target.get("name").asText()))) {
                ObjectNode patched = manifest.body().deepCopy();
                JsonPatch.apply(patched, operations, manifest.toString());
                result.add(manifest.with(patched));
                matched = true;
            } else {
                result.add(manifest);
            }
        }
        if (!matched) {
            throw new IllegalArgumentException(directory + ": no resource matches the patch target " + target);
        }
        return result;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code images}: containers whose image is {@code name} or {@code name:tag} get newName and newTag. */
    private static void setImage(ObjectNode body, JsonNode image) {
        JsonNode pod = body.path("spec").path("template").path("spec");
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(list)) {
                String current = container.path("image").asText();
                int colon = current.lastIndexOf(':');
                String name = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
                if (name.equals(image.path("name").asText())) {
                    String newName = image.has("newName") ? image.get("newName").asText() : name;
                    String newTag = image.has("newTag") ? image.get("newTag").asText() : tag;
                    ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }
}
