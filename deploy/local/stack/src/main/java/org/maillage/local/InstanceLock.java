package org.maillage.local;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Keeps a data directory to one running suite. The lock file also says who holds it, so a second start
 * can tell the user where the running one is.
 */
final class InstanceLock implements AutoCloseable {

    static final String FILE_NAME = "maillage.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @param entryPoint where the suite is reached, e.g. "gateway at http://localhost:8080" */
    static InstanceLock acquire(Path dataDir, String entryPoint) throws StartupException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                Properties holder = readHolder(channel);
                channel.close();
                throw new StartupException("Maillage is already running (pid " + holder.getProperty("pid", "unknown")
                        + ") with data dir " + dataDir + " — " + holder.getProperty("entryPoint", "started just now")
                        + ".\nStop it first (Ctrl-C in its terminal), or use another --data-dir and other ports.");
            }
            Properties owner = new Properties();
            owner.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
            owner.setProperty("entryPoint", entryPoint);
            StringWriter text = new StringWriter();
            owner.store(text, "Held by the running Maillage local suite");
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            throw new StartupException("Could not lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Properties readHolder(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 8192));
        channel.read(content, 0);
        Properties holder = new Properties();
        holder.load(new StringReader(new String(content.array(), 0, content.position(), StandardCharsets.UTF_8)));
        return holder;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
