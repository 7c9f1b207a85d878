package org.partnership.outcomes.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on the output folder, held for the whole run: a second run started meanwhile
 * is refused. The operating system releases it when the process dies, however it dies, so a
 * killed run never leaves a stale lock behind.
 */
final class RunLock implements AutoCloseable {

    static final String FILE_NAME = ".partnership-outcomes.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another run holds it. */
    static Optional<RunLock> tryAcquire(Path outputFolder) throws IOException {
        Files.createDirectories(outputFolder);
        FileChannel channel = FileChannel.open(outputFolder.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new RunLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another run of this process holds it
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
