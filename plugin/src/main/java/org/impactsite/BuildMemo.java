package org.impactsite;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.impactsite.problem.Problem;
import org.impactsite.problem.Problems;

/**
 * What one build made, kept for the next build of the same project in the same process (the
 * preview server): a value is reused when its key (the inputs it was made from, compared by
 * value) is unchanged, and the problems found while making it are reported again, so a reused
 * result reads exactly as a fresh one. Entries a build did not ask for are dropped after it.
 */
public final class BuildMemo implements org.impactsite.problem.Memo {

    private record Entry(Object value, List<Problem> problems) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Object> used = ConcurrentHashMap.newKeySet();
    private volatile int reused;

    /**
     * The value for {@code key}, made by {@code make} (with a problem list of its own) when this
     * memo has none.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Problems problems, Function<Problems, V> make) {
        used.add(key);
        Entry e = entries.get(key);
        if (e == null) {
            Problems own = new Problems();
            V value = make.apply(own);
            e = new Entry(value, own.all());
            entries.put(key, e);
        } else {
            reused++;
        }
        e.problems().forEach(problems::add);
        return (V) e.value();
    }

    /** Called before a build. */
    void begin() {
        used.clear();
        reused = 0;
    }

    /** Called after a build: forgets what it did not use. */
    void end() {
        entries.keySet().retainAll(used);
    }

    /** How many values the last build took from the memo. */
    public int reused() {
        return reused;
    }
}
