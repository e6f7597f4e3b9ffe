package org.maillage.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The end of a log file, to show with an error. */
final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code lines} lines of {@code log}, indented, under a heading naming the file. */
    static String of(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return "(no log at " + log + ")";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "Last lines of " + log + ":\n    " + String.join("\n    ", last);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
