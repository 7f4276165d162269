package org.impactsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a folder and every folder under it (new ones included) with the JDK's watch service,
 * and calls {@code onChange} once for each burst of changes: an editor's save is often several
 * events (a temporary file, a rename, a write), which become one rebuild.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long a burst of changes may pause before the rebuild starts. */
    static final long QUIET_MILLIS = 25;

    private final Path root;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    SourceWatcher(Path root, Runnable onChange, ThreadFactory threads) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        registerTree(root);
        // the folder above, for the source folder itself going away and coming back
        Path parent = root.toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            parent.register(service, ENTRY_CREATE, ENTRY_DELETE);
        }
        this.thread = threads.newThread(this::loop);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                // wait for the burst to end
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Takes a key's events; whether one of them concerns the sources. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean above = !dir.startsWith(root);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (above && !changed.equals(root.toAbsolutePath())) {
                continue; // another file beside the source folder
            }
            relevant = true;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // the folder went away again; the rebuild will say what is missing
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path root() {
        return root;
    }
}
