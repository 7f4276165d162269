package org.impactsite.reuse;

import java.util.function.Function;

import org.impactsite.problem.Problems;

/**
 * Work kept between builds in one process: the value for a key (the inputs it is made from,
 * compared by value) is made once, and the problems found while making it are reported again
 * each time it is reused.
 */
public interface Memo {

    <V> V get(Key key, Problems problems, Function<Problems, V> make);

    /**
     * A large key part used in many keys (the list of a site's files): the same object as the
     * last build's when its value is unchanged, so keys holding it compare without reading it.
     */
    default Object shared(Object value) {
        return Shared.of(value);
    }

    /**
     * A key part compared by identity: bytes that a memo handed out earlier are the same object
     * when they are reused, so the work on them (link checks) is found without reading them.
     */
    record Same(Object value) {
        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.value == value;
        }
    }

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
            return o == this || o instanceof Shared s && s.hash == hash && s.value.equals(value);
        }
    }
}
