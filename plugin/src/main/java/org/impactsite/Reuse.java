package org.impactsite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.impactsite.chart.ChartCache;
import org.impactsite.markdown.StoryCache;
import org.impactsite.plan.Spill;
import org.impactsite.problem.Problems;
import org.impactsite.publish.PictureCache;
import org.impactsite.reuse.Key;

/**
 * How one build reuses earlier work, one of three: nothing (validation, a first build in
 * memory), values kept in this process under their {@link Key} (the preview server), or
 * charts, stories and pictures kept on disk beside the report (a written build). The stages ask
 * it for a value and say how to make it; they never ask which mode it is in.
 */
final class Reuse {

    /** Pictures, charts and stories kept on disk between builds. */
    record Kept(PictureCache pictures, ChartCache charts, StoryCache stories) {

        static Kept beside(Path output, Path project, Spill spill) throws IOException {
            String code = BuildRecord.codeDigest();
            return new Kept(PictureCache.beside(output, project, code), ChartCache.beside(output, project, code, spill::write),
                    StoryCache.beside(output, project, code, spill::write));
        }

        /** After the report was written: keeps what this build made and forgets what it did not use. */
        void update(Path output) throws IOException {
            pictures.update(output);
            charts.update(output);
            stories.update(output);
        }
    }

    private static final Reuse NONE = new Reuse(null, null);

    private final BuildMemo memo;
    private final Kept kept;

    private Reuse(BuildMemo memo, Kept kept) {
        this.memo = memo;
        this.kept = kept;
    }

    static Reuse none() {
        return NONE;
    }

    static Reuse inProcess(BuildMemo memo) {
        return new Reuse(memo, null);
    }

    static Reuse onDisk(Kept kept) {
        return new Reuse(null, kept);
    }

    /** Values kept in this process; null when there are none. */
    BuildMemo memo() {
        return memo;
    }

    /** The value for {@code key}: kept in this process when it is unchanged, else made. */
    <V> V get(Key key, Problems problems, Function<Problems, V> make) {
        return memo == null ? make.apply(problems) : memo.get(key, problems, make);
    }

    /** As {@link #get(Key, Problems, Function)}, or taken from disk by {@code fromDisk} when the build keeps work there. */
    <V> V get(Key key, Problems problems, Function<Problems, V> make, BiFunction<Kept, Problems, V> fromDisk) {
        return kept != null ? fromDisk.apply(kept, problems) : get(key, problems, make);
    }

    /** A large key part used in many keys, shared with the last build's when equal (see {@link BuildMemo#shared}). */
    Object shared(Object value) {
        return memo == null ? null : memo.shared(value);
    }
}
