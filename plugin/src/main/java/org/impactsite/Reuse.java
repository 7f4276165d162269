package org.impactsite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.impactsite.chart.ChartCache;
import org.impactsite.markdown.StoryCache;
import org.impactsite.plan.Spill;
import org.impactsite.problem.Problems;
import org.impactsite.publish.PictureCache;
import org.impactsite.reuse.Key;
import org.impactsite.reuse.KeptFolder;
import org.impactsite.reuse.SharedCache;

/**
 * How one build reuses earlier work, one of three: nothing (validation, a first build in
 * memory), values kept in this process under their {@link Key} (the preview server), or
 * charts, stories and pictures kept on disk (a written build): in the machine's shared cache, or
 * beside the report. The stages ask
 * it for a value and say how to make it; they never ask which mode it is in.
 */
final class Reuse {

    /**
     * Pictures, charts and stories kept on disk between builds: in the machine's shared cache
     * when there is one ({@code cache}), else beside the report.
     */
    record Kept(PictureCache pictures, ChartCache charts, StoryCache stories, SharedCache cache) {

        static Kept of(BuildSettings settings, Spill spill) throws IOException {
            String code = BuildRecord.codeDigest();
            SharedCache cache = settings.cache();
            Map<String, KeptFolder> folders = new HashMap<>();
            for (String kind : List.of("pictures", "charts", "stories")) {
                folders.put(kind, cache != null ? cache.folder(kind)
                        : KeptFolder.beside(settings.outputDirectory(), settings.projectRoot(), kind));
            }
            return new Kept(PictureCache.in(folders.get("pictures"), code), ChartCache.in(folders.get("charts"), code, spill::write),
                    StoryCache.in(folders.get("stories"), code, spill::write), cache);
        }

        /**
         * After the report was written: keeps what this build made; beside the report, forgets
         * what it did not use, in the shared cache, trims it to its size when it grew.
         */
        void update(Path output) throws IOException {
            boolean added = pictures.update(output) | charts.update(output) | stories.update(output);
            if (added && cache != null) {
                cache.trim(System.currentTimeMillis());
            }
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
