package org.impactsite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One writing build at a time for one report: a lock on a file beside the output folder
 * ({@code target/.impact-site.lock}), held from the up-to-date check to the end of writing. A
 * second build waits for the first, then goes on; one that waited too long stops, naming the
 * lock. The operating system frees the lock when its process dies, so a killed build never
 * leaves it held.
 */
final class BuildLock implements AutoCloseable {

    private static final BuildLock NONE = new BuildLock(null, null);

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileFor(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    /**
     * The lock for {@code output}, waiting at most {@code waitMillis} for another build to end;
     * empty when it is still held then. No lock is needed where the output's folder does not
     * exist yet (no build writes there), nor taken there.
     *
     * @param waiting told once when the build has to wait
     */
    static Optional<BuildLock> take(Path output, long waitMillis, Runnable waiting) throws IOException {
        Path file = fileFor(output);
        if (!Files.isDirectory(file.getParent())) {
            return Optional.of(NONE);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        boolean told = false;
        while (true) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null; // another build in this process
            }
            if (lock != null) {
                return Optional.of(new BuildLock(channel, lock));
            }
            if (System.nanoTime() > deadline) {
                channel.close();
                return Optional.empty();
            }
            if (!told) {
                waiting.run();
                told = true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            lock.release();
            channel.close();
        }
    }
}
