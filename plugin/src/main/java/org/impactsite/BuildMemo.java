package org.impactsite;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.impactsite.reuse.Memo.Shared;
import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;
import org.impactsite.reuse.Key;
import org.impactsite.reuse.Memo;

/**
 * What one build made, kept for the next build of the same project in the same process (the
 * preview server): a value is reused when its key (the inputs it was made from, compared by
 * value) is unchanged, and the problems found while making it are reported again, so a reused
 * result reads exactly as a fresh one. Entries a build did not ask for are dropped after it.
 */
public final class BuildMemo implements Memo {

    private static final class Entry {
        final Object value;
        final List<Problem> problems;
        volatile long build;

        Entry(Object value, List<Problem> problems, long build) {
            this.value = value;
            this.problems = problems;
            this.build = build;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private volatile long build;
    private volatile int reused;

    /**
     * The value for {@code key}, made by {@code make} (with a problem list of its own) when this
     * memo has none.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <V> V get(Key key, Problems problems, Function<Problems, V> make) {
        Entry e = entries.get(key);
        if (e == null) {
            Problems own = new Problems();
            V value = make.apply(own);
            e = new Entry(value, own.all(), build);
            entries.put(key, e);
        } else {
            e.build = build;
            reused++;
        }
        e.problems.forEach(problems::add);
        return (V) e.value;
    }

    private final Map<Shared, Shared> shared = new ConcurrentHashMap<>();

    @Override
    public Object shared(Object value) {
        Shared s = Shared.of(value);
        Shared before = shared.putIfAbsent(s, s);
        if (shared.size() > 64) {
            shared.clear();
        }
        return before == null ? s : before;
    }

    /** Called before a build. */
    void begin() {
        build++;
        reused = 0;
    }

    /** Called after a build: forgets what it did not use. */
    void end() {
        long current = build;
        entries.values().removeIf(e -> e.build != current);
    }

    /** How many values the last build took from the memo. */
    public int reused() {
        return reused;
    }
}
