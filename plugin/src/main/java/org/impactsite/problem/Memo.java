package org.impactsite.problem;

import java.util.function.Function;

/**
 * Work kept between builds in one process: the value for a key (the inputs it is made from,
 * compared by value) is made once, and the problems found while making it are reported again
 * each time it is reused.
 */
public interface Memo {

    <V> V get(Object key, Problems problems, Function<Problems, V> make);

    /** A key part that is large and used for many keys: its hash is computed once. */
    record Shared(Object value, int hash) {
        public static Shared of(Object value) {
            return new Shared(value, value.hashCode());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shared s && s.hash == hash && s.value.equals(value);
        }
    }
}
