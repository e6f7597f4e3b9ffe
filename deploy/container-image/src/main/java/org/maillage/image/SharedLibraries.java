package org.maillage.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The system libraries a JRE links against, copied to the paths the dynamic loader looks for them: the image has
 * no distribution underneath, only what the JRE needs.
 */
final class SharedLibraries {

    /** {@code libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x…)} and the loader's {@code /lib64/ld-linux… (0x…)}. */
    private static final Pattern RESOLVED = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)");

    /** java.desktop's native side (AWT, fonts, sound, images): a headless service never loads it. */
    private static final Pattern DESKTOP = Pattern.compile(
            "lib(awt.*|jawt|splashscreen|jsound|fontmanager|lcms|javajpeg|mlib_image)\\.so");

    private SharedLibraries() {
    }

    static void copyInto(Path root, Path javaHome) throws IOException, InterruptedException {
        Set<String> libraries = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (Path binary : binaries(javaHome)) {
            for (String line : ldd(binary)) {
                Matcher resolved = RESOLVED.matcher(line);
                if (line.contains("=> not found")) {
                    // libjvm.so is the JRE's own, already loaded when its other libraries are.
                    if (!line.strip().startsWith("libjvm.so")) {
                        missing.add(binary.getFileName() + ": " + line.strip());
                    }
                } else if (resolved.find() && !resolved.group(1).startsWith(javaHome.toString())) {
                    libraries.add(resolved.group(1));
                }
            }
        }
        for (String library : libraries) {
            Path target = root.resolve(library.substring(1));
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(library).toRealPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        // Only the desktop (AWT) libraries miss theirs, and a headless service never loads them.
        missing.forEach(line -> System.out.println("[base image] not in the image: " + line));
    }

    private static List<Path> binaries(Path javaHome) throws IOException {
        try (Stream<Path> files = Files.walk(javaHome)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !DESKTOP.matcher(file.getFileName().toString()).matches())
                    .filter(file -> file.getFileName().toString().endsWith(".so")
                            || file.getParent().getFileName().toString().equals("bin")
                            || file.getFileName().toString().equals("jspawnhelper"))
                    .toList();
        }
    }

    private static List<String> ldd(Path binary) throws IOException, InterruptedException {
        Process ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
        String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (ldd.waitFor() != 0) {
            throw new IOException("ldd " + binary + " failed: " + output);
        }
        return output.lines().toList();
    }
}
