package org.impactsite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** When a campaign ran: one partial date, or a range from {@code start} to {@code end}. */
public record Period(PartialDate start, PartialDate end) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.lastDay().isBefore(start.firstDay())) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " > " + end);
        }
    }

    public static Period of(PartialDate date) {
        return new Period(date, date);
    }

    public boolean isRange() {
        return !start.equals(end);
    }

    /** The years this period touches, for the year index (2019-11 to 2020-02 is 2019 and 2020). */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = start.year(); y <= end.year(); y++) {
            years.add(y);
        }
        return List.copyOf(years);
    }

    /** ISO form: {@code 2020-09} or {@code 2019/2021-06}. */
    public String iso() {
        return isRange() ? start.iso() + "/" + end.iso() : start.iso();
    }

    /** Newest last: compares ends, then starts. */
    @Override
    public int compareTo(Period o) {
        int c = end.compareTo(o.end);
        return c != 0 ? c : start.compareTo(o.start);
    }

    @Override
    public String toString() {
        return iso();
    }
}
