package org.maillage.image;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directory trees as image layers, and their clean-up. */
final class Tree {

    private Tree() {
    }

    /**
     * Every file and directory under {@code root}, at the same path under the image's {@code /}, with its
     * permissions on disk (the JRE's executables must stay executable; Jib's default is 644).
     */
    static FileEntriesLayer layer(String name, Path root) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        // Jib cannot take an entry for "/" itself, only what it holds.
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                add(layer, child, AbsoluteUnixPath.get("/").resolve(child.getFileName().toString()));
            }
        }
        return layer.build();
    }

    static FileEntriesLayer layer(String name, Path source, AbsoluteUnixPath target) throws IOException {
        return add(FileEntriesLayer.builder().setName(name), source, target).build();
    }

    private static FileEntriesLayer.Builder add(FileEntriesLayer.Builder layer, Path source, AbsoluteUnixPath target)
            throws IOException {
        return layer.addEntryRecursive(source, target, (file, inContainer) -> permissions(file),
                FileEntriesLayer.DEFAULT_MODIFICATION_TIME_PROVIDER);
    }

    private static FilePermissions permissions(Path file) {
        try {
            return FilePermissions.fromPosixFilePermissions(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the permissions of " + file, e);
        }
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
