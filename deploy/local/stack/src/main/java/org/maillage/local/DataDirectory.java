package org.maillage.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File housekeeping in the suite's data directory. */
final class DataDirectory {

    private DataDirectory() {
    }

    /** Deletes everything in {@code dataDir} except the instance lock, which this run holds. */
    static void wipe(Path dataDir) throws StartupException {
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dataDir) && !path.equals(dataDir.resolve(InstanceLock.FILE_NAME))) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new StartupException("Could not empty " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Removes the logs of the previous run, so each log tells about this run only. */
    static void clearLogs(Path logsDir) throws StartupException {
        try (Stream<Path> logs = Files.list(logsDir)) {
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new StartupException("Could not clear the logs in " + logsDir + ": " + e.getMessage(), e);
        }
    }

    static void create(Path... directories) throws StartupException {
        for (Path directory : directories) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new StartupException("Could not create " + directory + ": " + e.getMessage(), e);
            }
        }
    }
}
