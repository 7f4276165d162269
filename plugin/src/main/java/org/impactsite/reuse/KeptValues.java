package org.impactsite.reuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Values made during a build (charts, stories) kept beside the report between builds in a
 * {@link KeptFolder}, one file each, named by a digest of what they are made from. A new value is
 * written to the build's spill folder when made and kept only once the report is written; a
 * kept file that cannot be read back is made again.
 *
 * @param <T> the value
 */
public final class KeptValues<T> {

    /** Reads a value back from its bytes; throws when they are damaged. */
    public interface Reader<T> {
        T read(byte[] bytes) throws IOException;
    }

    /** A value just made, and whether it may be kept. */
    public record Made<T>(T value, boolean keep) {
    }

    private final KeptFolder folder;
    private final Function<byte[], Path> spill;
    private final Function<T, byte[]> writer;
    private final Reader<T> reader;

    /**
     * @param folder where the values are kept
     * @param spill  writes bytes to the build's spill folder and says where
     */
    public static <T> KeptValues<T> in(KeptFolder folder, Function<byte[], Path> spill, Function<T, byte[]> writer,
            Reader<T> reader) {
        return new KeptValues<>(folder, spill, writer, reader);
    }

    private KeptValues(KeptFolder folder, Function<byte[], Path> spill, Function<T, byte[]> writer, Reader<T> reader) {
        this.folder = folder;
        this.spill = spill;
        this.writer = writer;
        this.reader = reader;
    }

    /** The value kept under {@code name} ({@link KeptFolder#name}), else made (and kept when it may be). */
    public T get(String name, Supplier<Made<T>> make) {
        Optional<Path> kept = folder.find(name);
        if (kept.isPresent()) {
            try {
                return reader.read(Files.readAllBytes(kept.get()));
            } catch (IOException | RuntimeException damaged) {
                // made again below
            }
        }
        Made<T> made = make.get();
        if (made.keep()) {
            folder.keepFile(name, spill.apply(writer.apply(made.value())));
        }
        return made.value();
    }

    /** After the report was written: keeps what this build made (see {@link KeptFolder#update}); whether anything was added. */
    public boolean update(Path output) throws IOException {
        return folder.update(output);
    }
}
