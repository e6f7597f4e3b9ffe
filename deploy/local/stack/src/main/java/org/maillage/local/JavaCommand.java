package org.maillage.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Command lines for child JVMs, run with the same Java as this one. */
final class JavaCommand {

    /**
     * Locally, start-up time matters more than peak throughput: the C1 compiler alone and the serial
     * collector halve the time several JVMs take to boot side by side on a small machine.
     */
    static final List<String> QUICK_START_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * The services check request URIs themselves so that an invalid one gets a problem body; Quarkus' own check,
     * which answers a bare 400 first, is switched off.
     */
    static final String APPLICATION_URI_CHECK = "-Dvertx.disableURIValidation=true";

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private JavaCommand() {
    }

    /**
     * {@code java arguments...}, in a session of its own where {@code setsid} exists: Ctrl-C in the
     * terminal then reaches only the launcher, which stops the children in order.
     */
    static List<String> of(List<String> arguments) {
        List<String> command = new ArrayList<>();
        SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(setsid -> command.add(setsid.toString()));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return command;
    }

    /** This JVM's class path with absolute entries, so a child can use it from any directory. */
    static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
