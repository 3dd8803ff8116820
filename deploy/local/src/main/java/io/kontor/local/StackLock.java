package io.kontor.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data directory. A second {@code deploy/local/up} would otherwise take the first one's
 * children for leftovers and stop them. The operating system releases the lock when the launcher dies,
 * however it dies, so a stale lock cannot block the next run.
 */
final class StackLock {

    static final String FILE_NAME = "launcher.lock";

    /** Referenced until the JVM exits: an unreachable channel would be closed by the GC, dropping the lock. */
    private static FileLock held;

    private StackLock() {
    }

    /** Held until the JVM exits. */
    static void acquire(StackLayout layout) throws StartupFailure, IOException {
        Files.createDirectories(layout.dataDir());
        Path file = layout.dataDir().resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.US_ASCII).trim();
            channel.close();
            throw new StartupFailure("Another deploy/local/up is already running on " + layout.display(layout.dataDir())
                    + (holder.isEmpty() ? "" : " (pid " + holder + ")") + ". Stop it first (Ctrl-C in its terminal).");
        }
        held = lock;
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
    }
}
