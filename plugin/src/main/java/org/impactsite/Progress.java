package org.impactsite;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Progress lines for long builds: at most one line every few seconds, saying which step the
 * build is in and how far it got. Short builds print nothing. Safe to call from parallel work.
 */
final class Progress {

    private final Consumer<String> out;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private final AtomicLong lastPrinted = new AtomicLong(start);
    private final AtomicInteger done = new AtomicInteger();
    private volatile String step = "";
    private volatile int total;

    /** @param intervalMillis the least time between two lines */
    Progress(Consumer<String> out, long intervalMillis) {
        this.out = out;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    static Progress silent() {
        return new Progress(line -> { }, Long.MAX_VALUE / 2_000_000L);
    }

    /** A new step of {@code total} items, such as "drawing charts" for 500 case studies. */
    void step(String name, int items) {
        this.step = name;
        this.total = items;
        this.done.set(0);
        maybePrint();
    }

    /** One item of the current step is done. */
    void tick() {
        done.incrementAndGet();
        maybePrint();
    }

    private void maybePrint() {
        long now = System.nanoTime();
        long last = lastPrinted.get();
        if (now - last < intervalNanos || !lastPrinted.compareAndSet(last, now)) {
            return;
        }
        int n = total;
        String count = n > 0 ? " " + Math.min(done.get(), n) + "/" + n : "";
        out.accept(String.format(java.util.Locale.ROOT, "impact-site: %s%s (%.1f s)",
                step, count, (now - start) / 1e9));
    }
}
